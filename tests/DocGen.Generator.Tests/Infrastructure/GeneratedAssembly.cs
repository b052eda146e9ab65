using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>Emits the generated compilation and loads it, so tests can read what the typed documents really hold.</summary>
public static class GeneratedAssembly
{
    public static IReadOnlyList<DocGen.ArchiveDocument> LoadAll(Compilation output, string catalogType = "Consumer.Archive", IEnumerable<ResourceDescription>? resources = null)
    {
        var catalog = LoadCatalog(output, catalogType, resources);
        var all = catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return ((IEnumerable<DocGen.ArchiveDocument>)all).ToList();
    }

    /// <summary>The generated catalog class, loaded.</summary>
    public static Type LoadCatalog(Compilation output, string catalogType = "Consumer.Archive", IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;

        // A collectible context, sharing DocGen.dll with the test so the documents are the test's own type.
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return assembly.GetType(catalogType) ?? throw new InvalidOperationException(catalogType + " was not generated");
    }

    /// <summary>Calls the catalog's <c>TryGet</c>: the document, or null when it says no document has the id.</summary>
    public static DocGen.ArchiveDocument? TryGet(Type catalog, string id)
    {
        var arguments = new object?[] { id, null };
        var found = (bool)catalog.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
        Assert.Equal(found, arguments[1] is not null);
        return (DocGen.ArchiveDocument?)arguments[1];
    }

    public static object? Constant(Compilation output, string typeName, string constant)
    {
        var type = output.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException(typeName + " was not generated");
        var field = type.GetMembers(constant).OfType<IFieldSymbol>().Single();
        Assert.True(field.IsConst, constant + " is not a constant");
        return field.ConstantValue;
    }
}

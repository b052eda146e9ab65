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
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;

        // A collectible context, sharing DocGen.dll with the test so the documents are the test's own type.
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        var catalog = assembly.GetType(catalogType) ?? throw new InvalidOperationException(catalogType + " was not generated");
        var all = catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return ((IEnumerable<DocGen.ArchiveDocument>)all).ToList();
    }

    public static object? Constant(Compilation output, string typeName, string constant)
    {
        var type = output.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException(typeName + " was not generated");
        var field = type.GetMembers(constant).OfType<IFieldSymbol>().Single();
        Assert.True(field.IsConst, constant + " is not a constant");
        return field.ConstantValue;
    }
}

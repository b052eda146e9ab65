using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DocGen.Core.Formats;
using DocGen.Generator.Tests.Formats;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// Every folder under the archive folder is a collection, nested as the folders are, with the catalog's members over
/// its own documents; every document is in <c>Archive.All</c> too.
/// </summary>
public class CollectionTests
{
    internal static readonly IReadOnlyDictionary<string, string> Project = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.MSBuildProjectDirectory"] = "/project",
        ["build_property.DocGenArchiveFolder"] = "Archive",
    };

    private static AdditionalText Doc(string path, string date, string title, string id) => GeneratorHarness.File(
        path, TestDocuments.Note(date, title, $"\"{title}\", {date}, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/{id}>"));

    private static AdditionalText[] Archive() => new[]
    {
        Doc("/project/Archive/top.md", "May 1, 1950", "Note at the Top", "1"),
        Doc("/project/Archive/Korea/truce.md", "June 5, 1951", "Telegram on the Truce", "2"),
        Doc("/project/Archive/Korea/Seoul/visit.md", "May 3, 1950", "Report on a Visit to Seoul", "3"),
        Doc("/project/Archive/Germany/berlin.md", "June 1, 1953", "Memorandum on Berlin", "4"),
    };

    [Fact]
    public void EachFolderIsANestedCatalogOfExactlyItsDocuments()
    {
        var (_, result, output) = GeneratorHarness.Run(Archive(), Project);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        Assert.Equal(new[] { "1", "3", "2", "4" }, Ids(catalog, "All"));
        Assert.Equal(new[] { "3", "2" }, Ids(catalog, "Korea.All"));
        Assert.Equal(new[] { "3" }, Ids(catalog, "Korea.Seoul.All"));
        Assert.Equal(new[] { "4" }, Ids(catalog, "Germany.All"));
        var korea = Nested(catalog, "Korea");
        Assert.Equal(2, (int)korea.GetField("Count")!.GetValue(null)!);
        Assert.Equal(new[] { "2", "3" }, ((IEnumerable<string>)korea.GetProperty("Ids")!.GetValue(null)!).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal("Telegram on the Truce", GeneratedAssembly.TryGet(korea, "2")!.Title);
        Assert.Null(GeneratedAssembly.TryGet(korea, "4"));
        Assert.Same(GeneratedAssembly.TryGet(catalog, "2"), GeneratedAssembly.TryGet(korea, "2"));
        var member = (DocGen.ArchiveDocument)korea.GetProperty("TelegramOnTheTruce")!.GetValue(null)!;
        Assert.Equal("2", member.Id);
        Assert.Null(korea.GetProperty("MemorandumOnBerlin"));
    }

    [Fact]
    public void WithoutAnArchiveFolderThereAreNoCollections()
    {
        var (_, _, output) = GeneratorHarness.Run(Archive());

        var catalog = GeneratedAssembly.LoadCatalog(output);
        Assert.Equal(4, Ids(catalog, "All").Count);
        Assert.Empty(catalog.GetNestedTypes());
    }

    [Fact]
    public void AFolderNamedLikeADocumentMemberIsRenamedAndReported()
    {
        var files = Archive().Append(Doc("/project/Archive/NoteAtTheTop/other.md", "May 2, 1950", "Other Note", "5")).ToArray();

        var (_, result, output) = GeneratorHarness.Run(files, Project);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0045", diagnostic.Id);
        Assert.Contains("'NoteAtTheTop_2'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(new[] { "5" }, Ids(GeneratedAssembly.LoadCatalog(output), "NoteAtTheTop_2.All"));
    }

    [Fact]
    public void DocGenCollectionMetadataNamesTheCollectionsInsteadOfTheFolders()
    {
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/project/Archive/Korea/truce.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenCollection"] = "Koryo/Truce talks" },
            ["/project/Archive/top.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenCollection"] = "Koryo" },
        };

        var (_, _, output) = GeneratorHarness.Run(Archive(), Project, metadata);

        var catalog = GeneratedAssembly.LoadCatalog(output);
        Assert.Equal(new[] { "1", "2" }, Ids(catalog, "Koryo.All"));
        Assert.Equal(new[] { "2" }, Ids(catalog, "Koryo.TruceTalks.All"));
        Assert.Equal(new[] { "3" }, Ids(catalog, "Korea.All"));
        Assert.Equal(new[] { "1", "3", "2", "4" }, Ids(catalog, "All"));
    }

    [Fact]
    public void AFileOfManyDocumentsIsACollectionInsideItsFolder()
    {
        var ledger = GeneratorHarness.File(
            "/project/Archive/Korea/entries.ledger",
            "== L1 | June 1, 1951 | First Entry\nOne.\n== L2 | June 2, 1951 | Second Entry\nTwo.\n");
        var generator = new ArchiveGenerator(new DocumentReaders(DocumentReaders.Default.Readers.Append(LedgerReader.Instance)));

        var (_, _, output) = GeneratorHarness.Run(Archive().Append(ledger), Project, generator: generator);

        var catalog = GeneratedAssembly.LoadCatalog(output);
        Assert.Equal(new[] { "L1", "L2" }, Ids(catalog, "Korea.Entries.All"));
        Assert.Equal(new[] { "3", "L1", "L2", "2" }, Ids(catalog, "Korea.All"));
    }

    private static Type Nested(Type catalog, string path) =>
        path.Split('.').Aggregate(catalog, (type, name) => type.GetNestedType(name, BindingFlags.Public) ?? throw new InvalidOperationException(name + " was not generated"));

    private static List<string> Ids(Type catalog, string path)
    {
        var parts = path.Split('.');
        var type = parts.Length == 1 ? catalog : Nested(catalog, string.Join(".", parts.Take(parts.Length - 1)));
        return ((IEnumerable<DocGen.ArchiveDocument>)type.GetProperty(parts[^1])!.GetValue(null)!).Select(d => d.Id).ToList();
    }
}

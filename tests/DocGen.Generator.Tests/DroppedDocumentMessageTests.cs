using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// A diagnostic that costs a document its place in the catalog says so in its message, so the loss shows in the build
/// output even when the id is lowered to a warning and the build passes.
/// </summary>
public class DroppedDocumentMessageTests
{
    private static readonly string Good = TestDocuments.Note();

    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "DG0001", "# Notes\n\nText.\n", "", "'broken.md' does not start with a bold date and title header (**June 5, 1951** then **Title**), so it is left out of the catalog; add the header, or exclude the file: <AdditionalFiles Update=\"/archive/broken.md\" DocGenInclude=\"false\" /> in the project file, or --exclude \"broken.md\" for docgen check" },
        new object[] { "DG0002", "\n\n", "", "'broken.md' is empty, so it is left out of the catalog; write the document (date, title, sections, body) or remove the file from the archive" },
        new object[] { "DG0003", "**May 2, 1950**\n\nBody.\n", "", "The document has no bold title under its date line, so it is left out of the catalog; add one, e.g. **Telegram from X to Y**" },

        // The limit sits between the two files' lengths, so only the broken one is over it.
        new object[] { "DG0015", Good + new string('x', 100), "250", "The file has 303 characters, over the limit of 250, so it is not read and is left out of the catalog; split it, or raise the limit with the MSBuild property DocGenMaxFileSize" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheMessageSaysTheDocumentIsLeftOutAndTheCatalogLacksIt(string id, string broken, string maxFileSize, string message)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        if (maxFileSize.Length > 0)
        {
            options["build_property.DocGenMaxFileSize"] = maxFileSize;
        }

        var files = new[] { GeneratorHarness.File("/archive/good.md", Good), GeneratorHarness.File("/archive/broken.md", broken) };

        var diagnostic = Assert.Single(GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), options));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // What the message claims: only the good document is in the catalog.
        var (_, _, output) = GeneratorHarness.Run(files, options);
        var count = (IFieldSymbol)output.GetTypeByMetadataName("Consumer.Archive")!.GetMembers("Count").Single();
        Assert.Equal(1, count.ConstantValue);
    }
}

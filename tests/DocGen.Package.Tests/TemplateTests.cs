using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocGen.Cli;
using DocGen.Generator.Tests.Infrastructure;
using DocGen.Package.Tests.Infrastructure;

namespace DocGen.Package.Tests;

/// <summary>
/// The DocGen.Templates package as a user meets it: each template, installed from the packages the README's quick
/// start packed (<see cref="QuickStart"/>), makes an app that builds without a warning and runs.
/// </summary>
[Collection(QuickStartCollection.Name)]
public sealed class TemplateTests
{
    private static readonly Regex Warning = new(@"warning [A-Z]+[0-9]+", RegexOptions.None, TimeSpan.FromSeconds(10));

    private readonly QuickStart _quickStart;

    public TemplateTests(QuickStart quickStart) => _quickStart = quickStart;

    [BashFact]
    public void TheConsoleTemplateBuildsWithoutWarningsAndListsItsArchive()
    {
        var app = _quickStart.New("docgen-console", "My.Letters");
        Build(app);

        // What Program.cs prints: the count, then each document's date, title and citation, oldest first.
        var documents = Read(app);
        var expected = new[] { "The archive holds 2 documents, oldest first." }
            .Concat(documents.SelectMany(document => new[] { $"{document.Date.Edtf} {document.Title}", document.Citation! }));
        var printed = Run(app, "run", "--no-build");
        Assert.Equal(expected, printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [BashFact]
    public void TheSiteTemplateBuildsWithoutWarningsAndExportsAPageForEachDocument()
    {
        var app = _quickStart.New("docgen-site", "My.Site");
        Build(app);

        var printed = Run(app, "run", "--no-build", "--", "export", "out");
        Assert.Contains("Wrote 15 files", printed, StringComparison.Ordinal);
        var home = File.ReadAllText(Path.Combine(app, "out", "index.html"));
        Assert.Contains("<p>2 documents in all.", home, StringComparison.Ordinal);
        foreach (var document in Read(app))
        {
            var page = File.ReadAllText(Path.Combine(app, "out", "documents", document.Id + ".html"));
            // The title up to its first character the page escapes ('"' in one of them, '&', '<', '>' in none).
            Assert.Contains("<h1>" + document.Title.Split('"', '&', '<', '>')[0], page, StringComparison.Ordinal);
            Assert.Contains("TY  - ", File.ReadAllText(Path.Combine(app, "out", "exports", "ris", document.Id + ".ris")), StringComparison.Ordinal);
        }
    }

    /// <summary>The documents of the app's Archive/: the template's two.</summary>
    private static List<ArchiveDocument> Read(string app)
    {
        var documents = QuickStart.ReadArchive(app);
        Assert.Equal(2, documents.Count);
        return documents;
    }

    private void Build(string app)
    {
        var built = Run(app, "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.DoesNotMatch(Warning, built);
        Assert.Contains("0 Warning(s)", built, StringComparison.Ordinal);
    }

    private string Run(string folder, params string[] arguments)
    {
        var (exitCode, output) = DotNetCommand.Run(folder, arguments, _quickStart.Environment);
        Assert.True(exitCode == 0, $"dotnet {string.Join(" ", arguments)} failed:\n{output}");
        return output;
    }
}

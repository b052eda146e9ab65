using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// The info diagnostics describe text that is kept as it is; their messages still say what to write if the text was
/// meant to be something DocGen reads.
/// </summary>
public class InfoMessageAdviceTests
{
    private static string Doc(string reference, string sections) =>
        TestDocuments.Note(citation: $"\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, {reference}. {TestDocuments.NoteUrl}", sections: sections);

    [Fact]
    public void UnknownSectionSaysToCorrectAMisspeltLabel()
    {
        var diagnostic = Assert.Single(Analyze(Doc("APRF, f. 1, op. 2, d. 3", "**Sumary:**\n\nS.\n\n")));

        Assert.Equal("DG0010", diagnostic.Id);
        Assert.Equal(
            "The section 'Sumary' is not one DocGen knows; it is kept in the document's Fields under that label. If it is a misspelt known label (Citation, Summary, Original Language, Contents), correct it; otherwise nothing needs fixing",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NotAShelfmarkSaysHowToWriteOne()
    {
        var diagnostic = Assert.Single(Analyze(Doc("Private papers of the Example family", string.Empty)));

        Assert.Equal("DG0021", diagnostic.Id);
        Assert.Equal(
            "'Private papers of the Example family' is not a recognisable shelfmark (repository, then labelled parts such as f., op., d., ll.), so only its text is kept; if it is an archival reference, write the repository first and then its labelled parts, e.g. 'APRF, f. 45, op. 1, d. 339, ll. 17-18'",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The advice's own example must be a shelfmark, or following it would not help.</summary>
    [Fact]
    public void TheShelfmarkTheAdviceSuggestsIsAccepted() => Assert.Empty(Analyze(Doc("APRF, f. 45, op. 1, d. 339, ll. 17-18", string.Empty)));

    private static System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Analyze(string text) =>
        GeneratorHarness.Analyze(GeneratorHarness.Compilation(), new[] { GeneratorHarness.File("/archive/doc.md", text) }, new ArchiveDocumentAnalyzer());
}

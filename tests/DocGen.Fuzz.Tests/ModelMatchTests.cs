using System.Linq;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Model;
using DocGen.Tests.Model;

namespace DocGen.Fuzz.Tests;

/// <summary>
/// The comparison the round-trip, fuzz and CLI tests share (tests/Shared/Model): it sees every public member, nested
/// ones too, and refuses what it cannot compare, naming it.
/// </summary>
public class ModelMatchTests
{
    private const string Text = "**June 5, 1951**  \n**Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Mao Zedong**\n\n**Citation:**\n\n"
        + "\"Ciphered Telegram No. 3410\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/112106>\n\n"
        + "**Original Language:**\n\nRussian\n\n**Summary:**\n\nA summary.\n\nFirst paragraph.\n";

    private static readonly ParsedDocument Parsed = ArchiveDocumentParser.Parse("/archive/112106.md", Text);

    /// <summary>The compiled document a correct round trip gives, built member by member for this test only.</summary>
    private static ArchiveDocument Compiled(
        ParsedDocument d, string[]? authors = null, int? startDay = null, string? locatorValue = null, bool? approximate = null, string? fieldValue = null)
    {
        var date = d.Date;
        var start = new DatePoint(date.Start.Year, date.Start.Month, startDay ?? date.Start.Day, (DatePrecision)(int)date.Start.Precision);
        var end = new DatePoint(date.End.Year, date.End.Month, date.End.Day, (DatePrecision)(int)date.End.Precision);
        var sources = d.Sources.Select(s => new ArchivalReference(
            s.Raw, s.Repository, s.Locators.Select((l, i) => new ArchivalLocator(l.Label, l.Kind, i == 0 && locatorValue is not null ? locatorValue : l.Value)).ToList())).ToList();
        return new ArchiveDocument(
            d.Id, d.Title, new DocumentDate(date.Text, start, end, date.IsRange, approximate ?? date.IsApproximate, date.IsUncertain, date.Edtf), d.Url, d.Citation, d.ArchiveName, sources,
            d.Summary, d.OriginalLanguages.ToList(), d.Contents, d.Body.ToList(), d.Fields.ToDictionary(f => f.Label, f => fieldValue ?? f.Value), d.LanguageTags.ToList(),
            authors ?? d.Authors.ToArray(), d.Recipients.ToList(), d.ArchiveLocation, d.CitedLanguage);
    }

    [Fact]
    public void AFaithfulCopyMatches()
    {
        Assert.NotEmpty(Parsed.Authors);
        Assert.NotEmpty(Parsed.Sources.SelectMany(s => s.Locators));
        Assert.Null(ModelMatch.FirstDifference(Parsed, Compiled(Parsed)));
    }

    [Fact]
    public void AuthorsTheOldProjectionSkippedAreCompared() =>
        Assert.StartsWith("document.Authors", ModelMatch.FirstDifference(Parsed, Compiled(Parsed, authors: new[] { "Someone Else" })));

    [Fact]
    public void DatePointsAreCompared() =>
        Assert.StartsWith("document.Date.Start.Day", ModelMatch.FirstDifference(Parsed, Compiled(Parsed, startDay: 6)));

    [Fact]
    public void NestedLocatorsAreCompared() =>
        Assert.StartsWith("document.Sources[0].Locators[0].Value", ModelMatch.FirstDifference(Parsed, Compiled(Parsed, locatorValue: "99")));

    [Fact]
    public void DateFlagsAreCompared() =>
        Assert.StartsWith("document.Date.IsApproximate", ModelMatch.FirstDifference(Parsed, Compiled(Parsed, approximate: true)));

    [Fact]
    public void FieldsAreComparedEntryByEntry()
    {
        var parsed = ArchiveDocumentParser.Parse("/archive/notes.md", "**1945**  \n**Notes**\n\n**Archival Note:**\n\nLoose.\n\nThe notes.\n");

        Assert.Null(ModelMatch.FirstDifference(parsed, Compiled(parsed)));
        Assert.StartsWith("document.Fields[0].Value", ModelMatch.FirstDifference(parsed, Compiled(parsed, fieldValue: "Bound.")));
    }

    [Fact]
    public void AStoredMemberTheModelLacksFails() =>
        Assert.StartsWith("document.Mood: the parsed model (ParsedDocument) has no member Mood", ModelMatch.FirstDifference(Parsed, new WithNewMember(Parsed.Id, "cheerful")));

    [Fact]
    public void ATypeItCannotCompareFails() =>
        Assert.Contains("cannot compare", ModelMatch.FirstDifference(new { Id = "1", When = new System.Uri("https://example.org/") }, new WithUnknownType("1", new System.Uri("https://example.org/"))));

    [Fact]
    public void AComputedMemberTheModelLacksFails() =>
        Assert.StartsWith("document.IsCheerful: the parsed model", ModelMatch.FirstDifference(Parsed, new WithComputedMember(Parsed.Id)));

    [Fact]
    public void AMethodNotListedAsDerivedFails() =>
        Assert.StartsWith("document.Shout(): a public method of WithMethod that is not listed as derived", ModelMatch.FirstDifference(Parsed, new WithMethod(Parsed.Id)));

    [Fact]
    public void ModelStringsHoldEveryExposedStringTheOldTrojanListMissed()
    {
        var strings = ModelStrings.Of(Parsed, typeof(ArchiveDocument)).ToList();

        Assert.Contains("Filippov [Stalin]", strings);
        Assert.Contains("Mao Zedong", strings);
        Assert.Contains(Parsed.ArchiveLocation, strings);
        Assert.Contains(Parsed.Sources[0].Locators[0].Kind, strings);
        Assert.Contains(Parsed.Date.Text, strings);
        Assert.DoesNotContain(Parsed.Path, strings); // the model's own members the runtime does not expose
    }

    [Fact]
    public void EveryTableEntryNamesAMemberThatExists() => Assert.Empty(RuntimeMembers.StaleEntries());

    /// <summary>A runtime type that gained a member the parsed model does not have.</summary>
    private sealed class WithNewMember
    {
        public WithNewMember(string id, string mood) => (Id, Mood) = (id, mood);

        public string Id { get; }

        public string Mood { get; }
    }

    private sealed class WithUnknownType
    {
        public WithUnknownType(string id, System.Uri when) => (Id, When) = (id, when);

        public string Id { get; }

        public System.Uri When { get; }
    }

    /// <summary>A runtime type that gained a property computed from others, which the old backing-field rule skipped.</summary>
    private sealed class WithComputedMember
    {
        public WithComputedMember(string id) => Id = id;

        public string Id { get; }

        public bool IsCheerful => Id.Length > 0;
    }

    /// <summary>A runtime type that gained a public method nobody listed as derived.</summary>
    private sealed class WithMethod
    {
        public WithMethod(string id) => Id = id;

        public string Id { get; }

        public string Shout() => Id.ToUpperInvariant();
    }
}

using System.Linq;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Formats.Tei.Authorities;
using DocGen.Core.Problems;

namespace DocGen.Core.Tests.Tei;

/// <summary>The persons and terms lists of hand-written TEI, in the forms FRUS volumes write them; runs without ../shared.</summary>
public sealed class AuthorityListTests
{
    private const string Document = """<div type="document" xml:id="d1" n="1"><head>The Secretary of State to the Embassy in Korea</head><p>Text.</p></div>""";

    private static string Volume(string front) =>
        TeiSnippets.Volume(Document).Replace("<text><body>", "<text><front>\n" + front + "\n</front><body>");

    private static string At(string text, ParseProblem problem) => At(text, problem.Span);

    private static string At(string text, DocGen.Core.Text.SourceSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void PersonsKeepIdNameDescriptionAndSeeInFileOrder()
    {
        var text = Volume("""
            <div type="section" xml:id="persons"><head>Persons</head>
            <list type="names">
                <item>
                    <hi rend="strong">
                        <persName xml:id="p_ACW1">Abrams, Creighton W., Jr.</persName>,
                        General,</hi>
                    <gloss target="#t_USA1">USA</gloss>, Commander, U.S. Military Command,
                    Vietnam</item>
                <item><persName xml:id="p_AG1"><hi rend="smallcaps">Auchincloss</hi>,
                        Gordon</persName>, aide to <persName corresp="#p_LHR1">Colonel
                    House</persName></item>
                <item><hi rend="strong"><persName xml:id="p_YHR1">Yi Hu-rak</persName>,</hi> see
                    <persName corresp="#p_LHR1">Lee Hu Rak</persName></item>
                <item><hi rend="strong"><persName xml:id="p_LHR1">Lee Hu Rak</persName>,</hi> Director</item>
            </list></div>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Empty(lists.Problems);
        Assert.Empty(lists.Terms);
        Assert.Equal(new[] { "p_ACW1", "p_AG1", "p_YHR1", "p_LHR1" }, lists.Persons.Select(p => p.Id));
        var abrams = lists.Persons[0];
        Assert.Equal("Abrams, Creighton W., Jr.", abrams.Name);
        Assert.Equal("General, USA, Commander, U.S. Military Command, Vietnam", abrams.Description);
        Assert.Empty(abrams.SeeAlso);
        Assert.Equal("<persName xml:id=\"p_ACW1\">", At(text, abrams.Span));
        var auchincloss = lists.Persons[1];
        Assert.Equal("Auchincloss, Gordon", auchincloss.Name);
        Assert.Equal("aide to Colonel House", auchincloss.Description);
        Assert.Empty(auchincloss.SeeAlso);
        Assert.Equal(new[] { "p_LHR1" }, lists.Persons[2].SeeAlso);
        Assert.Equal("see Lee Hu Rak", lists.Persons[2].Description);
    }

    [Fact]
    public void TermsKeepAbbreviationExpansionAndSeeGlosses()
    {
        var text = Volume("""
            <div type="section" xml:id="terms"><head>List of abbreviations</head>
            <list type="terms">
              <item><hi rend="strong"><term xml:id="t_CCF1">CCF</term>,</hi> Chinese Communist Forces</item>
              <item><hi rend="strong"><term xml:id="t_AMC1">AMC</term>,</hi> Additional Measures Committee (United Nations);
                    <hi rend="italic">see also</hi> <gloss target="#t_CAM1">CAM</gloss> and <gloss target="#t_CCF1">CCF</gloss></item>
              <item><hi rend="strong"><term xml:id="t_CAM1">CAM</term>,</hi> Collective Measures Committee</item>
            </list></div>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Empty(lists.Problems);
        Assert.Empty(lists.Persons);
        Assert.Equal(new[] { ("t_CCF1", "CCF", "Chinese Communist Forces"), ("t_AMC1", "AMC", "Additional Measures Committee (United Nations); see also CAM and CCF"), ("t_CAM1", "CAM", "Collective Measures Committee") },
            lists.Terms.Select(t => (t.Id, t.Abbreviation, t.Expansion)));
        Assert.Equal(new[] { "t_CAM1", "t_CCF1" }, lists.Terms[1].SeeAlso);
    }

    [Fact]
    public void DuplicateIdEmptyNameAndUnknownSeeTargetAreLocatedAndTheRestKept()
    {
        var text = Volume("""
            <list type="names">
            <item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant</item>
            <item><persName xml:id="p_KHA1">Kim Hyun Ok</persName>, Mayor of Seoul</item>
            <item><persName xml:id="p_PCH1"> </persName>, President</item>
            <item><persName xml:id="p_YHR1">Yi Hu-rak</persName>, see <persName corresp="#p_LHR2">Lee Hu Rak</persName></item>
            <item><persName xml:id="p_LHR1">Lee Hu Rak</persName>, Director</item>
            </list>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Equal(new[] { "p_KHA1", "p_YHR1", "p_LHR1" }, lists.Persons.Select(p => p.Id));
        Assert.Equal("Kissinger, Henry A.", lists.Persons[0].Name);
        Assert.Empty(lists.Persons[1].SeeAlso);
        Assert.Equal(
            new[] { ProblemCode.DuplicateAuthorityId, ProblemCode.EmptyAuthorityName, ProblemCode.UnknownSeeTarget },
            lists.Problems.Select(p => p.Code));
        var lines = text.Split('\n');
        var firstLine = System.Array.FindIndex(lines, l => l.Contains("Kissinger"));
        Assert.Equal(new[] { "persName", "p_KHA1", "line " + (firstLine + 1) }, lists.Problems[0].Arguments);
        Assert.Equal(firstLine + 1, lists.Problems[0].Span.StartLine);
        Assert.Equal("<persName xml:id=\"p_KHA1\">", At(text, lists.Problems[0]));
        Assert.Equal(new[] { "persName", "p_PCH1" }, lists.Problems[1].Arguments);
        Assert.Equal("<persName xml:id=\"p_PCH1\">", At(text, lists.Problems[1]));
        Assert.Equal(new[] { "p_LHR2", "persons" }, lists.Problems[2].Arguments);
        Assert.Equal("<persName corresp=\"#p_LHR2\">", At(text, lists.Problems[2]));
    }

    [Fact]
    public void ASeeTargetInTheOtherListIsNotInThisList()
    {
        var text = Volume("""
            <list type="terms"><item><term xml:id="t_AH1">AH</term>, see <persName corresp="#p_HAM1">Alexander Haig</persName></item></list>
            <list type="names"><item><persName xml:id="p_HAM1">Haig, Alexander M., Jr.</persName>, General</item></list>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Equal(new[] { "p_HAM1", "terms" }, Assert.Single(lists.Problems).Arguments);
        Assert.Empty(lists.Terms.Single().SeeAlso);
    }

    [Fact]
    public void MentionsInADescriptionAreNotSeeReferencesEvenWhenBroken()
    {
        var text = Volume("""
            <list type="names"><item><persName xml:id="p_AG1">Auchincloss, Gordon</persName>, aide to <persName corresp="#p_HCEM1">Colonel House</persName>; seen with <persName corresp="#p_X1">X</persName></item></list>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Empty(lists.Problems);
        Assert.Empty(lists.Persons.Single().SeeAlso);
    }

    [Fact]
    public void MalformedXmlKeepsTheEntriesBeforeItAndReportsNothingTwice()
    {
        var text = Volume("""
            <list type="names"><item><persName xml:id="p_A1">A</persName>, first</item>
            <item><persName xml:id="p_B1">B</persName>, second</q></item></list>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Empty(lists.Problems);
        Assert.Equal("p_A1", Assert.Single(lists.Persons).Id);
        Assert.Contains(TeiVolumeReader.Read("v.xml", text).Problems, p => p.Code == ProblemCode.MalformedXml);
    }

    [Fact]
    public void ADtdIsNeverProcessed()
    {
        var text = "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + Volume("""<list type="names"><item><persName xml:id="p_A1">&x;</persName>, first</item></list>""");

        var lists = AuthorityListReader.Read(text);

        Assert.Empty(lists.Persons);
        Assert.Empty(lists.Problems);
    }

    [Fact]
    public void AVolumeWithoutListsHasNone()
    {
        Assert.Equal(AuthorityLists.Empty, AuthorityListReader.Read(Volume("<div type=\"section\"><list type=\"bulleted\"><item>x</item></list></div>")));
    }

    [Fact]
    public void MentionsAreLinkedNamesInDocumentsOtherThanSenderAndRecipientOncePerDocument()
    {
        var text = TeiSnippets.Volume("""
            <div type="document" xml:id="d1" n="1"><head><persName type="from" corresp="#p_KHA1">Kissinger</persName> to <persName type="to" corresp="#p_PCH1">Park</persName></head>
            <p><persName corresp="#p_PCH1">Park</persName> and <persName corresp="#p_PCH1">the President</persName> met <persName>Kim</persName> and <persName corresp="#p_ZZZ1">Jung</persName>.</p></div>
            <div type="document" xml:id="d2" n="2"><head>Memorandum</head><p><persName corresp="#p_KHA1">Henry Kissinger</persName></p></div>
            """).Replace("<text><body>", """
            <text><front><list type="names">
            <item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant</item>
            <item><persName xml:id="p_PCH1">Park Chung Hee</persName>, President; see also <persName corresp="#p_KHA1">Kissinger</persName></item>
            </list></front><body>
            """);

        var lists = AuthorityListReader.Read(text);

        Assert.Equal(new[] { new AuthorityMention("d1", "p_PCH1"), new AuthorityMention("d2", "p_KHA1") }, lists.Mentions);
    }
}

using System.Linq;
using DocGen.Csl.Checking;

namespace DocGen.Csl.Tests.Unit;

/// <summary>The checks a style or locale file gets before use: each problem has its kind and exact line and column.</summary>
public sealed class StyleCheckerTests
{
    private static string Style(string body, string attributes = "") =>
        "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\" version=\"1.0\"" + attributes + ">\n" + body + "\n</style>";

    [Fact]
    public void A_valid_style_has_no_problem()
    {
        var xml = Style("""
            <macro name="t"><text variable="title"/></macro>
            <citation><layout><choose><if type="book"><text macro="t"/></if><else><names variable="author"><name/><substitute><text macro="t"/></substitute></names></else></choose></layout></citation>
            """);
        Assert.Empty(StyleChecker.CheckStyle(xml, _ => true));
    }

    [Fact]
    public void Malformed_xml_is_located_where_the_parser_stopped()
    {
        var problem = Assert.Single(StyleChecker.CheckStyle(Style("<citation><layout></citation>")));
        Assert.Equal(StyleProblemKind.NotCsl, problem.Kind);
        Assert.Equal((2, 21), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_dtd_is_malformed_input_not_an_expansion()
    {
        var problem = Assert.Single(StyleChecker.CheckStyle("<?xml version=\"1.0\"?>\n<!DOCTYPE style [<!ENTITY e \"x\">]><style/>"));
        Assert.Equal(StyleProblemKind.NotCsl, problem.Kind);
    }

    [Fact]
    public void Another_root_or_no_citation_layout_is_not_csl()
    {
        Assert.Equal(StyleProblemKind.NotCsl, Assert.Single(StyleChecker.CheckStyle("<html/>")).Kind);
        var problem = Assert.Single(StyleChecker.CheckStyle(Style("<bibliography><layout/></bibliography>")));
        Assert.Equal(StyleProblemKind.NotCsl, problem.Kind);
        Assert.Equal((1, 2), (problem.Line, problem.Column));
    }

    [Fact]
    public void An_unknown_macro_is_located_at_its_attribute()
    {
        var problem = Assert.Single(StyleChecker.CheckStyle(Style("<citation><layout><text macro=\"missing\"/></layout></citation>")));
        Assert.Equal(StyleProblemKind.UnknownMacro, problem.Kind);
        Assert.Equal((2, 25), (problem.Line, problem.Column));
        Assert.Contains("\"missing\"", problem.Message);
    }

    [Fact]
    public void Elements_the_processor_does_not_render_and_old_versions_are_unsupported()
    {
        var problems = StyleChecker.CheckStyle(Style("<citation><layout><institution/><names variable=\"author\"><name/><foo/></names></layout></citation>").Replace("version=\"1.0\"", "version=\"0.8.1\""));
        Assert.Equal(new[] { StyleProblemKind.UnsupportedFeature, StyleProblemKind.UnsupportedFeature, StyleProblemKind.UnsupportedFeature }, problems.Select(p => p.Kind));
        Assert.Equal(new[] { (1, 61), (2, 20), (2, 66) }, problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void A_default_locale_without_a_locale_file_is_missing()
    {
        var problem = Assert.Single(StyleChecker.CheckStyle(Style("<citation><layout/></citation>", " default-locale=\"de-DE\""), tag => tag == "en-US"));
        Assert.Equal(StyleProblemKind.MissingLocale, problem.Kind);
        Assert.Contains("locales-de-DE.xml", problem.Message);
    }

    [Fact]
    public void A_locale_needs_its_root_and_language()
    {
        Assert.Empty(StyleChecker.CheckLocale("<locale xmlns=\"http://purl.org/net/xbiblio/csl\" xml:lang=\"de-DE\"/>"));
        Assert.Equal(StyleProblemKind.NotCsl, Assert.Single(StyleChecker.CheckLocale("<locale xmlns=\"http://purl.org/net/xbiblio/csl\"/>")).Kind);
        Assert.Equal(StyleProblemKind.NotCsl, Assert.Single(StyleChecker.CheckLocale("<locale")).Kind);
    }
}

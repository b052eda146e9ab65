using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace DocGen.Csl.Checking;

/// <summary>
/// Checks a .csl style or a locale file before it is used, so that what the processor would silently skip (an unknown
/// macro, an element it does not render) is a problem at its line and column instead. One walk over the XML.
/// </summary>
public static class StyleChecker
{
    public const string Namespace = "http://purl.org/net/xbiblio/csl";

    /// <summary>The rendering elements, and what each may hold that the processor reads.</summary>
    private static readonly Dictionary<string, string[]> Children = new(StringComparer.Ordinal)
    {
        ["layout"] = Rendering(),
        ["macro"] = Rendering(),
        ["group"] = Rendering(),
        ["if"] = Rendering(),
        ["else-if"] = Rendering(),
        ["else"] = Rendering(),
        ["substitute"] = Rendering(),
        ["choose"] = new[] { "if", "else-if", "else" },
        ["names"] = new[] { "name", "et-al", "label", "substitute" },
        ["name"] = new[] { "name-part" },
        ["date"] = new[] { "date-part" },
        ["text"] = Array.Empty<string>(),
        ["number"] = Array.Empty<string>(),
        ["label"] = Array.Empty<string>(),
        ["et-al"] = Array.Empty<string>(),
        ["name-part"] = Array.Empty<string>(),
        ["date-part"] = Array.Empty<string>(),
    };

    private static string[] Rendering() => new[] { "text", "number", "label", "date", "names", "group", "choose" };

    /// <param name="hasLocale">Whether a locale file for a tag ("de-DE") is at hand; null skips the default-locale check.</param>
    public static IReadOnlyList<StyleProblem> CheckStyle(string xml, Func<string, bool>? hasLocale = null)
    {
        var problems = new List<StyleProblem>();
        if (Load(xml, problems) is not { } root)
        {
            return problems;
        }

        if (root.Name != XName.Get("style", Namespace))
        {
            problems.Add(At(root, StyleProblemKind.NotCsl, $"the root element is <{root.Name.LocalName}>, not a CSL <style> in the namespace {Namespace}"));
            return problems;
        }

        if ((string?)root.Attribute("version") is { } version && !version.StartsWith("1.0", StringComparison.Ordinal))
        {
            problems.Add(At(root.Attribute("version")!, StyleProblemKind.UnsupportedFeature, $"CSL version \"{version}\" is not supported: write the style in CSL 1.0.2 (version=\"1.0\")"));
        }

        var citation = root.Element(XName.Get("citation", Namespace));
        if (citation?.Element(XName.Get("layout", Namespace)) is null)
        {
            problems.Add(At(citation ?? root, StyleProblemKind.NotCsl, "the style has no <citation> with a <layout>: add one, it is what a citation renders"));
        }

        var macros = new HashSet<string>(StringComparer.Ordinal);
        foreach (var macro in root.Elements(XName.Get("macro", Namespace)))
        {
            macros.Add((string?)macro.Attribute("name") ?? string.Empty);
        }

        foreach (var element in root.Descendants())
        {
            if (element.Attribute("macro") is { } reference && element.Name.LocalName is "text" or "key" && !macros.Contains(reference.Value))
            {
                problems.Add(At(reference, StyleProblemKind.UnknownMacro, $"the macro \"{reference.Value}\" is not defined: add <macro name=\"{reference.Value}\"> or fix the name"));
            }

            if (element.Parent is { } parent && Children.TryGetValue(parent.Name.LocalName, out var allowed) && parent.Name.Namespace == Namespace
                && (element.Name.Namespace != Namespace || Array.IndexOf(allowed, element.Name.LocalName) < 0))
            {
                problems.Add(At(element, StyleProblemKind.UnsupportedFeature,
                    $"<{element.Name.LocalName}> inside <{parent.Name.LocalName}> is not CSL 1.0.2 and would not render: remove it or use one of {string.Join(", ", allowed.Select(a => "<" + a + ">"))}"));
            }
        }

        if (hasLocale is not null && root.Attribute("default-locale") is { } defaultLocale && !hasLocale(defaultLocale.Value))
        {
            problems.Add(At(defaultLocale, StyleProblemKind.MissingLocale, $"no locale file for the default-locale \"{defaultLocale.Value}\": add locales-{defaultLocale.Value}.xml beside the style"));
        }

        return problems;
    }

    public static IReadOnlyList<StyleProblem> CheckLocale(string xml)
    {
        var problems = new List<StyleProblem>();
        if (Load(xml, problems) is not { } root)
        {
            return problems;
        }

        if (root.Name != XName.Get("locale", Namespace))
        {
            problems.Add(At(root, StyleProblemKind.NotCsl, $"the root element is <{root.Name.LocalName}>, not a CSL <locale> in the namespace {Namespace}"));
        }
        else if (root.Attribute(XNamespace.Xml + "lang") is null)
        {
            problems.Add(At(root, StyleProblemKind.NotCsl, "the locale has no xml:lang: add the language it is for (xml:lang=\"de-DE\")"));
        }

        return problems;
    }

    private static XElement? Load(string xml, List<StyleProblem> problems)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root;
        }
        catch (XmlException e)
        {
            problems.Add(new StyleProblem(StyleProblemKind.NotCsl, "the file is not well-formed XML: " + e.Message, Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1)));
            return null;
        }
    }

    private static StyleProblem At(IXmlLineInfo place, StyleProblemKind kind, string message) =>
        new(kind, message, Math.Max(place.LineNumber, 1), Math.Max(place.LinePosition, 1));
}

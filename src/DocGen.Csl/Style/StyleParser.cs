using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DocGen.Csl.Locale;

namespace DocGen.Csl.Style;

/// <summary>Parses .csl XML into the immutable <see cref="CslStyle"/> model.</summary>
public static class StyleParser
{
    public static CslStyle Parse(string xml)
    {
        var root = Xml.Load(xml);
        var macros = new Dictionary<string, IReadOnlyList<Element>>(StringComparer.Ordinal);
        var locales = new List<LocaleData>();
        Section? citation = null;
        Section? bibliography = null;
        foreach (var child in root.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "macro":
                    macros[Xml.Attr(child, "name") ?? string.Empty] = ParseChildren(child);
                    break;
                case "locale":
                    locales.Add(LocaleParser.Parse(child));
                    break;
                case "citation":
                    citation = ParseSection(child);
                    break;
                case "bibliography":
                    bibliography = ParseSection(child);
                    break;
            }
        }

        return new CslStyle(
            Xml.Attr(root, "class") ?? "in-text",
            Xml.Attr(root, "default-locale"),
            Attributes(root),
            macros,
            citation ?? new Section(Formatting.None, null, Array.Empty<Element>(), Array.Empty<SortKey>(), new Dictionary<string, string>()),
            bibliography,
            locales)
        {
            PlacesYearSuffix = root.Descendants().Any(e => Xml.Attr(e, "variable") == "year-suffix"),
        };
    }

    private static Dictionary<string, string> Attributes(XElement element)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration)
            {
                result[attribute.Name.LocalName] = attribute.Value;
            }
        }

        return result;
    }

    private static Section ParseSection(XElement section)
    {
        var layout = section.Elements().FirstOrDefault(e => e.Name.LocalName == "layout");
        var sort = section.Elements().FirstOrDefault(e => e.Name.LocalName == "sort");
        var keys = sort?.Elements().Where(e => e.Name.LocalName == "key").Select(ParseKey).ToArray() ?? Array.Empty<SortKey>();
        return new Section(
            layout is null ? Formatting.None : ParseFormatting(layout),
            layout is null ? null : Xml.Attr(layout, "delimiter"),
            layout is null ? Array.Empty<Element>() : ParseChildren(layout),
            keys,
            Attributes(section));
    }

    private static SortKey ParseKey(XElement key)
    {
        var overrides = Attributes(key);
        overrides.Remove("variable");
        overrides.Remove("macro");
        overrides.Remove("sort");
        return new SortKey(Xml.Attr(key, "variable"), Xml.Attr(key, "macro"), Xml.Attr(key, "sort") == "descending", overrides);
    }

    internal static IReadOnlyList<Element> ParseChildren(XElement parent)
    {
        var result = new List<Element>();
        foreach (var child in parent.Elements())
        {
            var element = ParseElement(child);
            if (element is not null)
            {
                result.Add(element);
            }
        }

        return result;
    }

    private static Element? ParseElement(XElement e)
    {
        var formatting = ParseFormatting(e);
        switch (e.Name.LocalName)
        {
            case "text":
                return new TextElement(formatting, Xml.Attr(e, "variable"), Xml.Attr(e, "macro"), Xml.Attr(e, "term"),
                    Xml.Attr(e, "value"), Xml.Attr(e, "form") ?? "long", Xml.Attr(e, "plural") == "true");
            case "number":
                return new NumberElement(formatting, Xml.Attr(e, "variable") ?? string.Empty, Xml.Attr(e, "form") ?? "numeric");
            case "label":
                return ParseLabel(e);
            case "date":
                return ParseDate(e, Xml.Attr(e, "variable") ?? string.Empty);
            case "names":
                return ParseNames(e);
            case "group":
                return new GroupElement(formatting, Xml.Attr(e, "delimiter"), ParseChildren(e));
            case "choose":
                return new ChooseElement(e.Elements().Select(ParseBranch).ToArray());
            default:
                return null;
        }
    }

    private static LabelElement ParseLabel(XElement e) =>
        new(ParseFormatting(e), Xml.Attr(e, "variable") ?? string.Empty, Xml.Attr(e, "form") ?? "long", Xml.Attr(e, "plural") ?? "contextual");

    private static ChooseBranch ParseBranch(XElement branch)
    {
        var tests = new List<ConditionTest>();
        foreach (var attribute in branch.Attributes())
        {
            var kind = attribute.Name.LocalName;
            if (kind == "match")
            {
                continue;
            }

            foreach (var value in attribute.Value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                tests.Add(new ConditionTest(kind, value));
            }
        }

        return new ChooseBranch(Xml.Attr(branch, "match") ?? "all", tests, ParseChildren(branch));
    }

    internal static DateElement ParseDate(XElement e, string variable)
    {
        var parts = e.Elements().Where(p => p.Name.LocalName == "date-part")
            .Select(p => new DatePartElement(ParseFormatting(p), Xml.Attr(p, "name") ?? string.Empty, Xml.Attr(p, "form"), Xml.Attr(p, "range-delimiter")))
            .ToArray();
        return new DateElement(ParseFormatting(e), variable, Xml.Attr(e, "form"), Xml.Attr(e, "date-parts") ?? "year-month-day",
            Xml.Attr(e, "delimiter"), parts);
    }

    private static NamesElement ParseNames(XElement e)
    {
        NameElement? name = null;
        Formatting? etAl = null;
        var etAlTerm = "et-al";
        LabelElement? label = null;
        var labelBefore = false;
        IReadOnlyList<Element>? substitute = null;
        foreach (var child in e.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "name":
                    name = ParseName(child);
                    labelBefore = label is not null;
                    break;
                case "et-al":
                    etAl = ParseFormatting(child);
                    etAlTerm = Xml.Attr(child, "term") ?? "et-al";
                    break;
                case "label":
                    label = ParseLabel(child);
                    labelBefore = name is null;
                    break;
                case "substitute":
                    substitute = ParseChildren(child);
                    break;
            }
        }

        var variables = (Xml.Attr(e, "variable") ?? string.Empty).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return new NamesElement(ParseFormatting(e), variables, Xml.Attr(e, "delimiter"), name, etAl, etAlTerm, label, labelBefore, substitute);
    }

    private static NameElement ParseName(XElement e)
    {
        Formatting? family = null;
        Formatting? given = null;
        foreach (var part in e.Elements().Where(p => p.Name.LocalName == "name-part"))
        {
            if (Xml.Attr(part, "name") == "family")
            {
                family = ParseFormatting(part);
            }
            else if (Xml.Attr(part, "name") == "given")
            {
                given = ParseFormatting(part);
            }
        }

        var options = Attributes(e);
        return new NameElement(ParseFormatting(e), options, family, given);
    }

    internal static Formatting ParseFormatting(XElement e)
    {
        if (!e.HasAttributes)
        {
            return Formatting.None;
        }

        return new Formatting
        {
            Prefix = Xml.Attr(e, "prefix"),
            Suffix = Xml.Attr(e, "suffix"),
            FontStyle = Xml.Attr(e, "font-style"),
            FontVariant = Xml.Attr(e, "font-variant"),
            FontWeight = Xml.Attr(e, "font-weight"),
            TextDecoration = Xml.Attr(e, "text-decoration"),
            VerticalAlign = Xml.Attr(e, "vertical-align"),
            Display = Xml.Attr(e, "display"),
            Quotes = Xml.Attr(e, "quotes") == "true",
            StripPeriods = Xml.Attr(e, "strip-periods") == "true",
            TextCase = Xml.Attr(e, "text-case"),
        };
    }
}

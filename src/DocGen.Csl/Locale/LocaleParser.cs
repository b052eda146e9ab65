using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DocGen.Csl.Style;

namespace DocGen.Csl.Locale;

/// <summary>Parses a cs:locale element (a locale file's root, or one inside a style).</summary>
public static class LocaleParser
{
    public static LocaleData ParseFile(string xml) => Parse(Xml.Load(xml));

    public static LocaleData Parse(XElement locale)
    {
        var terms = new List<Term>();
        var dates = new Dictionary<string, DateElement>();
        var options = new Dictionary<string, string>();
        foreach (var child in locale.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "style-options":
                    foreach (var attribute in child.Attributes())
                    {
                        options[attribute.Name.LocalName] = attribute.Value;
                    }

                    break;
                case "date":
                    var date = StyleParser.ParseDate(child, variable: string.Empty);
                    if (date.Form is { } form)
                    {
                        dates[form] = date;
                    }

                    break;
                case "terms":
                    foreach (var term in child.Elements().Where(e => e.Name.LocalName == "term"))
                    {
                        terms.Add(ParseTerm(term));
                    }

                    break;
            }
        }

        return new LocaleData(Xml.Lang(locale), terms, dates, options);
    }

    private static Term ParseTerm(XElement term)
    {
        var single = term.Elements().FirstOrDefault(e => e.Name.LocalName == "single");
        var multiple = term.Elements().FirstOrDefault(e => e.Name.LocalName == "multiple");
        var text = single is null && multiple is null ? term.Value : null;
        return new Term(
            Xml.Attr(term, "name") ?? string.Empty,
            Xml.Attr(term, "form") ?? "long",
            text ?? single?.Value ?? multiple?.Value ?? string.Empty,
            text ?? multiple?.Value ?? single?.Value ?? string.Empty,
            Xml.Attr(term, "gender"),
            Xml.Attr(term, "gender-form"),
            Xml.Attr(term, "match"));
    }
}

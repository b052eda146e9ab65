using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using DocGen.Csl.Data;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

internal sealed partial class Evaluator
{
    [MethodImpl(Jit.Optimized)]
    private Node? RenderDate(DateElement element)
    {
        var date = _ctx.Suppressed.Contains(element.Variable) ? null : _ctx.Item.GetDate(element.Variable);
        var hasValue = date is not null && (date.Literal is not null || date.Points.Length > 0 && date.Start.Year != 0 || date.SeasonText is not null);
        Called(hasValue);
        if (date is null || !hasValue)
        {
            return null;
        }

        if (_ctx.InSortKey)
        {
            // A date in a macro key sorts by the parts it shows.
            var shown = DateParts(element).Parts.Select(p => p.Name).ToList();
            return new TextNode(SortKeys.DateValue(date, shown.Contains("year"), shown.Contains("month"), shown.Contains("day")));
        }

        if (date.Literal is { } literal && (date.Points.Length == 0 || date.Start.Year == 0))
        {
            return Format(element.Formatting, RichText.Parse(literal, _ctx.Quotes));
        }

        var (parts, delimiter) = DateParts(element);
        var children = new List<Node>();
        var start = date.Start;
        var end = date.IsRange ? date.Points[1] : start;
        if (date.Points.Length > 1 && date.Points[1].IsEmpty)
        {
            // [[1987], [0]]: a range still open.
            var open = new List<Node>();
            AddParts(open, parts, 0, parts.Count, start, date, false, false);
            open.Add(new TextNode("\u2013"));
            return Format(element.Formatting, open, delimiter);
        }

        var level = start.Year != end.Year ? "year" : start.Month != end.Month ? "month" : start.Day != end.Day ? "day" : null;
        if (level is null)
        {
            AddParts(children, parts, 0, parts.Count, start, date, dropFirstPrefix: false, dropLastSuffix: false);
        }
        else
        {
            var first = -1;
            var last = -1;
            for (var i = 0; i < parts.Count; i++)
            {
                if (InRange(parts[i].Name, level))
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }

            if (first < 0)
            {
                AddParts(children, parts, 0, parts.Count, start, date, false, false);
            }
            else
            {
                AddParts(children, parts, 0, first, start, date, false, false);
                var rangeDelimiter = "\u2013";
                foreach (var part in parts)
                {
                    if (part.Name == level && part.RangeDelimiter is { } d)
                    {
                        rangeDelimiter = d;
                    }
                }

                var from = new List<Node>();
                AddParts(from, parts, first, last + 1, start, date, false, true);
                var to = new List<Node>();
                AddParts(to, parts, first, last + 1, end, date, true, false);
                if (from.Count > 0 || to.Count > 0)
                {
                    // Both ends lack the parts asked for (the month and day of a range of years): no lone dash.
                    children.Add(new FormatNode(Formatting.None, new List<Node>
                    {
                        new FormatNode(Formatting.None, from, delimiter),
                        new TextNode(rangeDelimiter),
                        new FormatNode(Formatting.None, to, delimiter),
                    }));
                }

                AddParts(children, parts, last + 1, parts.Count, start, date, false, false);
            }
        }

        if (children.Count == 0)
        {
            // The parts asked for are absent (a month of a year-only date): for cs:group, the date was empty.
            _ctx.VariablesRendered--;
            return null;
        }

        return Format(element.Formatting, children, delimiter);
    }

    private static bool InRange(string part, string level) => level switch
    {
        "year" => true,
        "month" => part != "year",
        _ => part == "day",
    };

    /// <summary>The parts to render and their delimiter: a localized format filtered and overridden by the element's
    /// own date-parts, or the element's parts as they stand.</summary>
    [MethodImpl(Jit.Optimized)]
    private (List<DatePartElement> Parts, string? Delimiter) DateParts(DateElement element)
    {
        if (element.Form is null || _ctx.Locale.DateFormat(element.Form) is not { } localized)
        {
            return (new List<DatePartElement>(element.Parts), element.Delimiter);
        }

        var wanted = element.DateParts;
        var result = new List<DatePartElement>();
        foreach (var part in localized.Parts)
        {
            if ((part.Name == "day" && wanted != "year-month-day") || (part.Name == "month" && wanted == "year"))
            {
                continue;
            }

            var own = System.Linq.Enumerable.FirstOrDefault(element.Parts, p => p.Name == part.Name);
            if (own is not null)
            {
                var f = own.Formatting with { Prefix = part.Formatting.Prefix, Suffix = part.Formatting.Suffix };
                result.Add(new DatePartElement(Merge(part.Formatting, f), part.Name, own.Form ?? part.Form, own.RangeDelimiter ?? part.RangeDelimiter));
            }
            else
            {
                result.Add(part);
            }
        }

        return (result, localized.Delimiter);
    }

    private static Formatting Merge(Formatting under, Formatting over) => new()
    {
        Prefix = over.Prefix ?? under.Prefix,
        Suffix = over.Suffix ?? under.Suffix,
        FontStyle = over.FontStyle ?? under.FontStyle,
        FontVariant = over.FontVariant ?? under.FontVariant,
        FontWeight = over.FontWeight ?? under.FontWeight,
        TextDecoration = over.TextDecoration ?? under.TextDecoration,
        VerticalAlign = over.VerticalAlign ?? under.VerticalAlign,
        Quotes = over.Quotes || under.Quotes,
        StripPeriods = over.StripPeriods || under.StripPeriods,
        TextCase = over.TextCase ?? under.TextCase,
    };

    [MethodImpl(Jit.Optimized)]
    private void AddParts(List<Node> target, List<DatePartElement> parts, int from, int to, DatePoint point, CslDate date,
        bool dropFirstPrefix, bool dropLastSuffix)
    {
        var added = new List<(Node Node, FormatNode? Format)>();
        for (var i = from; i < to; i++)
        {
            var part = parts[i];
            var text = DatePartText(part, point, date);
            if (text is null)
            {
                continue;
            }

            var node = Format(part.Formatting, new List<Node> { new TextNode(text) });
            added.Add((node, node));
        }

        if (added.Count == 0)
        {
            return;
        }

        if (dropFirstPrefix && added[0].Format is { } firstNode)
        {
            firstNode.Formatting = firstNode.Formatting with { Prefix = null };
        }

        if (dropLastSuffix && added[added.Count - 1].Format is { } lastNode)
        {
            lastNode.Formatting = lastNode.Formatting with { Suffix = null };
        }

        foreach (var (node, _) in added)
        {
            target.Add(node);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private string? DatePartText(DatePartElement part, DatePoint point, CslDate date)
    {
        switch (part.Name)
        {
            case "year":
                if (point.Year == 0)
                {
                    return null;
                }

                var year = Math.Abs(point.Year);
                var text = part.Form == "short" ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture);
                if (point.Year < 0)
                {
                    text += _ctx.Locale.Text("bc");
                }
                else
                text = point.Year < 1000 ? text + _ctx.Locale.Text("ad") : text;
                return text + ImplicitYearSuffix();
            case "month":
                if (point.Month is < 1 or > 12)
                {
                    if (date.SeasonText is { } seasonText && point.Month == 0)
                    {
                        return seasonText;
                    }

                    // Months 13–16 (and 21–24) stand for the seasons.
                    var season = point.Month is >= 13 and <= 16 ? point.Month - 12 : point.Month is >= 21 and <= 24 ? point.Month - 20 : point.Month == 0 ? date.Season ?? 0 : 0;
                    return season > 0 ? _ctx.Locale.Text("season-0" + season.ToString(CultureInfo.InvariantCulture)) : null;
                }

                return part.Form switch
                {
                    "numeric" => point.Month.ToString(CultureInfo.InvariantCulture),
                    "numeric-leading-zeros" => point.Month.ToString("00", CultureInfo.InvariantCulture),
                    "short" => _ctx.Locale.Text("month-" + point.Month.ToString("00", CultureInfo.InvariantCulture), "short"),
                    _ => _ctx.Locale.Text("month-" + point.Month.ToString("00", CultureInfo.InvariantCulture)),
                };
            case "day":
                if (point.Day == 0 || point.Month is < 1 or > 12)
                {
                    return null;
                }

                if (part.Form == "ordinal" && !(point.Day != 1 && _ctx.Locale.Option("limit-day-ordinals-to-day-1") == "true"))
                {
                    var gender = _ctx.Locale.Find("month-" + point.Month.ToString("00", CultureInfo.InvariantCulture))?.Gender;
                    return point.Day.ToString(CultureInfo.InvariantCulture) + Numbers.Ordinal(_ctx.Locale, point.Day, gender);
                }

                return part.Form == "numeric-leading-zeros"
                    ? point.Day.ToString("00", CultureInfo.InvariantCulture)
                    : point.Day.ToString(CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace DocGen.Csl.Data;

/// <summary>Reads CSL-JSON dates: date-parts (numbers or numeric strings), literal, season, circa and raw text.</summary>
internal static class DateReader
{
    private static readonly HashSet<string> DateVariables = new(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    public static bool IsDateVariable(string name) => DateVariables.Contains(name);

    public static CslDate Read(Dictionary<string, object?> obj)
    {
        var points = Array.Empty<DatePoint>();
        if (obj.TryGetValue("date-parts", out var parts) && parts is List<object?> list)
        {
            points = new DatePoint[list.Count];
            var count = 0;
            foreach (var element in list)
            {
                if (element is List<object?> point)
                {
                    points[count++] = new DatePoint(Part(point, 0), Part(point, 1), Part(point, 2));
                }
            }

            if (count < points.Length)
            {
                Array.Resize(ref points, count);
            }
        }

        var date = new CslDate
        {
            Points = points,
            Literal = obj.TryGetValue("literal", out var literal) ? ItemReader.Scalar(literal) : null,
            Circa = obj.TryGetValue("circa", out var circa) && circa is not null && circa is not false && !(circa is string s && s.Length == 0),
        };

        if (obj.TryGetValue("season", out var season) && ItemReader.Scalar(season) is { } seasonText)
        {
            date = int.TryParse(seasonText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4
                ? date with { Season = n }
                : date with { SeasonText = seasonText };
        }

        if (points.Length == 0 && date.Literal is null && obj.TryGetValue("raw", out var raw) && raw is string rawText)
        {
            var parsed = ReadRaw(rawText);
            date = date with { Points = parsed.Points, Literal = parsed.Literal };
        }

        return date;
    }

    /// <summary>ISO-like raw dates ("1999", "1999-04", "1999-04-05", ranges joined by "/"); anything else is literal.</summary>
    public static CslDate ReadRaw(string raw)
    {
        var pieces = raw.Split('/');
        var points = new DatePoint[pieces.Length];
        for (var p = 0; p < pieces.Length; p++)
        {
            var piece = pieces[p];
            var fields = piece.Trim().Split('-');
            var numbers = new int[3];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 2 || !int.TryParse(fields[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    return new CslDate { Literal = raw };
                }
            }

            points[p] = new DatePoint(numbers[0], numbers[1], numbers[2]);
        }

        return new CslDate { Points = points };
    }

    private static int Part(List<object?> point, int index)
    {
        if (index >= point.Count)
        {
            return 0;
        }

        return point[index] switch
        {
            double d => (int)d,
            string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        };
    }
}

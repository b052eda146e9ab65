namespace DocGen.Core.Validation;

/// <summary>Reads a numeric range such as "17-18", "0017-0018" or "43–46" and tells whether it runs backwards.</summary>
public static class LeafRange
{
    private static readonly char[] Dashes = { '-', '\u2013', '\u2014' };

    public static bool IsReversed(string value)
    {
        var text = value.Trim();
        var dash = text.IndexOfAny(Dashes);
        if (dash <= 0 || dash == text.Length - 1)
        {
            return false;
        }

        return TryNumber(text.Substring(0, dash).Trim(), out var from)
            && TryNumber(text.Substring(dash + 1).Trim(), out var to)
            && to < from;
    }

    private static bool TryNumber(string text, out long number)
    {
        number = 0;
        if (text.Length == 0 || text.Length > 15)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}

using System.Text;

namespace DocGen.Csl.Output;

/// <summary>Joins output pieces without doubled punctuation, and moves periods and commas inside closing quotes
/// where the locale asks for it. Pieces may hold markup tags; the checks look past them.</summary>
internal static class Punctuation
{
    /// <summary>Marks the start and end of a closing quotation mark in the writer's working text.</summary>
    public const char CloseStart = '\uE000';
    public const char CloseEnd = '\uE001';

    public static void Append(StringBuilder builder, string piece)
    {
        if (piece.Length == 0)
        {
            return;
        }

        var last = LastVisible(builder);
        var firstIndex = FirstVisibleIndex(piece);
        if (last != '\0' && firstIndex >= 0)
        {
            var first = piece[firstIndex];
            var drop = (first == '.' && (last == '.' || last == '?' || last == '!'))
                || (first == last && first == ' ')
                || (last is ',' or ';' && first is ',' or ';');
            if (drop)
            {
                piece = piece.Remove(firstIndex, 1);
            }
        }

        builder.Append(piece);
    }

    private static char LastVisible(StringBuilder builder)
    {
        var i = builder.Length - 1;
        while (i >= 0)
        {
            var c = builder[i];
            if (c == '>')
            {
                var open = i;
                while (open >= 0 && builder[open] != '<')
                {
                    open--;
                }

                if (open < 0)
                {
                    return c;
                }

                i = open - 1;
                continue;
            }

            if (c == CloseEnd || c == CloseStart)
            {
                // A closing quote: the quote mark is what shows.
                return '\u201D';
            }

            return c;
        }

        return '\0';
    }

    private static int FirstVisibleIndex(string piece)
    {
        var i = 0;
        while (i < piece.Length && piece[i] == '<')
        {
            var close = piece.IndexOf('>', i);
            if (close < 0)
            {
                return i;
            }

            i = close + 1;
        }

        return i < piece.Length ? i : -1;
    }

    /// <summary>Moves a period or comma that follows a closing quote (past closing tags) inside it, then drops the marks.</summary>
    public static string Finish(string text, bool punctuationInQuote)
    {
        if (text.IndexOf(CloseStart) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != CloseStart)
            {
                if (c != CloseEnd)
                {
                    builder.Append(c);
                }

                i++;
                continue;
            }

            var end = text.IndexOf(CloseEnd, i);
            var quote = text.Substring(i + 1, end - i - 1);
            var j = end + 1;
            var tags = new StringBuilder();
            while (j < text.Length && (text[j] == CloseStart || text[j] == CloseEnd || (text[j] == '<' && j + 1 < text.Length && text[j + 1] == '/')))
            {
                if (text[j] == '<')
                {
                    var close = text.IndexOf('>', j);
                    tags.Append(text, j, close - j + 1);
                    j = close + 1;
                }
                else
                {
                    // Nested closing quotes: keep them in order before the tags.
                    var nestedEnd = text.IndexOf(CloseEnd, j);
                    quote += tags.ToString() + text.Substring(j + 1, nestedEnd - j - 1);
                    tags.Clear();
                    j = nestedEnd + 1;
                }
            }

            if (punctuationInQuote && j < text.Length && (text[j] == '.' || text[j] == ','))
            {
                // The quotation's own closing ? or ! (or period) stands for the moved period.
                var inner = builder.Length > 0 ? builder[builder.Length - 1] : '\0';
                if (!(text[j] == '.' && inner is '?' or '!' or '.'))
                {
                    builder.Append(text[j]);
                }

                builder.Append(quote).Append(tags);
                j++;
            }
            else
            {
                builder.Append(quote).Append(tags);
            }

            i = j;
        }

        return builder.ToString();
    }
}

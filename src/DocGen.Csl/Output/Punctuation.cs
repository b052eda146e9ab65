using System.Runtime.CompilerServices;
using System.Text;

namespace DocGen.Csl.Output;

/// <summary>Joins output pieces without doubled punctuation, and moves periods and commas inside closing quotes
/// where the locale asks for it. Pieces may hold markup tags; the checks look past them.</summary>
internal static class Punctuation
{
    /// <summary>Marks the start and end of a closing quotation mark in the writer's working text.</summary>
    public const char CloseStart = '\uE000';
    public const char CloseEnd = '\uE001';

    /// <param name="delimiter">The piece is a delimiter: then a comma or semicolon already there stands for its own.</param>
    [MethodImpl(Jit.Optimized)]
    public static void Append(StringBuilder builder, string piece, bool delimiter = false)
    {
        if (piece.Length == 0)
        {
            return;
        }

        var lastIndex = LastVisibleIndex(builder);
        var firstIndex = FirstVisibleIndex(piece);
        // Where two marks meet: a repeated one, or a period or colon after a stronger mark, is dropped; ! or ? replaces
        // a colon or semicolon before it; other pairs stay (citeproc-js's table).
        if (lastIndex >= 0 && firstIndex >= 0)
        {
            var last = builder[lastIndex] is CloseStart or CloseEnd ? '\u201D' : builder[lastIndex];
            var first = piece[firstIndex];
            if (first == last && first is ' ' or '.' or ',' or ';' or ':' or '!' or '?')
            {
                piece = piece.Remove(firstIndex, 1);
            }
            else if (first is ':' or '.' && last is ':' or ';' or '!' or '?')
            {
                piece = piece.Remove(firstIndex, 1);
            }
            else if (first is '!' or '?' && last is ':' or ';')
            {
                builder.Remove(lastIndex, 1);
            }
            else if (delimiter && last is ',' or ';' && first is ',' or ';')
            {
                piece = piece.Remove(firstIndex, 1);
            }
        }

        builder.Append(piece);
    }

    [MethodImpl(Jit.Optimized)]
    private static int LastVisibleIndex(StringBuilder builder)
    {
        var i = builder.Length - 1;
        while (i >= 0 && builder[i] == '>')
        {
            var open = i;
            while (open >= 0 && builder[open] != '<')
            {
                open--;
            }

            if (open < 0)
            {
                return i;
            }

            i = open - 1;
        }

        return i;
    }

    [MethodImpl(Jit.Optimized)]
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
    [MethodImpl(Jit.Optimized)]
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

            // The marks are private-use characters: a document's own text may hold one. Without its pair it is text.
            var end = text.IndexOf(CloseEnd, i);
            if (end < 0)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var quote = text.Substring(i + 1, end - i - 1);
            var j = end + 1;
            var tags = new StringBuilder();
            while (j < text.Length && (text[j] == CloseStart || text[j] == CloseEnd || (text[j] == '<' && j + 1 < text.Length && text[j + 1] == '/')))
            {
                if (text[j] == '<')
                {
                    var close = text.IndexOf('>', j);
                    if (close < 0)
                    {
                        break;
                    }

                    tags.Append(text, j, close - j + 1);
                    j = close + 1;
                }
                else if (text[j] == CloseEnd)
                {
                    // An end mark without its start (a document's own character): dropped, as it is elsewhere.
                    j++;
                }
                else
                {
                    // Nested closing quotes: keep them in order before the tags.
                    var nestedEnd = text.IndexOf(CloseEnd, j);
                    if (nestedEnd < 0)
                    {
                        break;
                    }

                    quote += tags.ToString() + text.Substring(j + 1, nestedEnd - j - 1);
                    tags.Clear();
                    j = nestedEnd + 1;
                }
            }

            // The quotation's own closing ? or ! (or period) stands for a period after it, moved inside or not.
            var inner = builder.Length > 0 ? builder[builder.Length - 1] : '\0';
            if (!punctuationInQuote && j < text.Length && text[j] == '.' && inner is '?' or '!' or '.')
            {
                builder.Append(quote).Append(tags);
                j++;
            }
            else if (punctuationInQuote && j < text.Length && (text[j] == '.' || text[j] == ','))
            {
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

// Shared source: see CitationStyle.cs.
using System.Collections.Generic;
using System.Text;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// Typographic quotes as citeproc-js sets them: straight quote pairs inside a title become curly quotes that alternate
/// with the quotes around it (double outside, single inside); an apostrophe becomes ’; an unpaired double quote stays.
/// </summary>
internal static class Quotes
{
    /// <param name="text">The text.</param>
    /// <param name="insideDoubleQuotes">Whether the text itself is set inside double quotes, so its outer pairs are single.</param>
    public static string Smarten(string text, bool insideDoubleQuotes)
    {
        if (text.IndexOf('"') < 0 && text.IndexOf('\'') < 0 && text.IndexOf('\u201C') < 0 && text.IndexOf('\u2018') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var open = new List<(int Index, char Kind)>();

        // Pairs nest (a quote closes only the innermost open one), so each is marked at its two ends and their depths
        // are found in one walk. textBefore[i]: how many of chars[0..i) are not straight quotes, as they stand when i
        // is reached (an apostrophe already curled counts as text), so "is there text between two quotes" is a
        // subtraction, not a scan.
        var closeOf = new int[chars.Length];
        var textBefore = new int[chars.Length + 1];
        var pairCount = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var kind = c == '"' || c == '\u201C' || c == '\u201D' ? '"' : c == '\'' || c == '\u2018' || c == '\u2019' ? '\'' : '\0';
            if (kind != '\0')
            {
                var before = i == 0 ? ' ' : chars[i - 1];
                var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
                var canOpen = (char.IsWhiteSpace(before) || before == '(' || before == '[' || before == '\u2014' || i == 0) && !char.IsWhiteSpace(after)
                    && c != '\u201D' && c != '\u2019';
                var canClose = !char.IsWhiteSpace(before) && i > 0 && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || i + 1 == chars.Length)
                    && c != '\u201C' && c != '\u2018';
                if (canClose && open.Count > 0 && open[open.Count - 1].Kind == kind && textBefore[i] > textBefore[open[open.Count - 1].Index + 1])
                {
                    closeOf[open[open.Count - 1].Index] = i + 1;
                    closeOf[i] = -1;
                    pairCount++;
                    open.RemoveAt(open.Count - 1);
                }
                else if (canOpen)
                {
                    open.Add((i, kind));
                }
                else if (kind == '\'')
                {
                    chars[i] = '\u2019';
                }
            }

            textBefore[i + 1] = textBefore[i] + (chars[i] != '"' && chars[i] != '\'' ? 1 : 0);
        }

        foreach (var (index, kind) in open)
        {
            if (kind == '\'')
            {
                chars[index] = '\u2019';
            }
        }

        // Depth of each pair: the number of pairs around it, double quotes outside and single inside.
        var depth = insideDoubleQuotes ? 1 : 0;
        for (var i = 0; pairCount > 0 && i < chars.Length; i++)
        {
            if (closeOf[i] > 0)
            {
                var isDouble = depth % 2 == 0;
                chars[i] = isDouble ? '\u201C' : '\u2018';
                chars[closeOf[i] - 1] = isDouble ? '\u201D' : '\u2019';
                depth++;
            }
            else if (closeOf[i] < 0)
            {
                depth--;
            }
        }

        // citeproc sets unpaired straight double quotes that touch apart with a space: '"""' prints as '" " "'.
        var result = new StringBuilder(chars.Length + 4);
        for (var i = 0; i < chars.Length; i++)
        {
            result.Append(chars[i]);
            if (chars[i] == '"' && i + 1 < chars.Length && chars[i + 1] == '"')
            {
                result.Append(' ');
            }
        }

        return result.ToString();
    }
}

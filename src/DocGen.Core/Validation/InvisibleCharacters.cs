using System.Collections.Generic;
using System.Globalization;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Validation;

/// <summary>
/// Finds invisible and bidirectional control characters (Trojan Source): text that reads one way and means another.
/// The soft hyphen is left alone: it is a common, harmless hyphenation hint in scraped and OCR'd text. U+2028 and
/// U+2029 end lines (as in the compiler and editors), so they are line breaks here, not characters inside a line.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>At most this many are reported per file; one is enough to act on, hundreds only drown the build.</summary>
    public const int MaxReported = 20;

    public static bool IsSuspicious(char c) =>
        c != '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>
    /// Below this character none is suspicious (U+0600 in today's Unicode data, but computed, not assumed), so the scan
    /// looks up the category of few characters: Latin and Cyrillic text never reaches the lookup.
    /// </summary>
    private static readonly char FirstSuspicious = First();

    public static void Find(LineIndex lines, List<ParseProblem> problems)
    {
        // One pass over the text from line 0 (after any byte-order mark): no line break is a format character, so
        // this sees exactly the characters of the lines, and a line is looked up only for a character to report.
        var text = lines.Text;
        var reported = 0;
        for (var position = lines.Start(0); position < text.Length && reported < MaxReported; position++)
        {
            var c = text[position];
            if (c >= FirstSuspicious && IsSuspicious(c))
            {
                var line = lines.LineOf(position);
                problems.Add(new ParseProblem(ProblemCode.InvisibleCharacter, lines.Span(line, position - lines.Start(line), 1), Describe(c)));
                reported++;
            }
        }
    }

    private static char First()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (IsSuspicious((char)c))
            {
                return (char)c;
            }
        }

        return char.MaxValue;
    }

    /// <summary>"U+202E (right-to-left override)": the code point and, for the usual suspects, its name.</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var name = c switch
        {
            '\u200B' => "zero width space",
            '\u200C' => "zero width non-joiner",
            '\u200D' => "zero width joiner",
            '\u200E' => "left-to-right mark",
            '\u200F' => "right-to-left mark",
            '\u202A' => "left-to-right embedding",
            '\u202B' => "right-to-left embedding",
            '\u202C' => "pop directional formatting",
            '\u202D' => "left-to-right override",
            '\u202E' => "right-to-left override",
            '\u2060' => "word joiner",
            '\u2066' => "left-to-right isolate",
            '\u2067' => "right-to-left isolate",
            '\u2068' => "first strong isolate",
            '\u2069' => "pop directional isolate",
            '\uFEFF' => "zero width no-break space",
            _ => "invisible format character",
        };
        return code + " (" + name + ")";
    }
}

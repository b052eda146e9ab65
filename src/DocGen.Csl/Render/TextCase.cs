using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocGen.Csl.Render;

/// <summary>text-case and strip-periods over the text of an output subtree (nocase spans untouched).</summary>
internal static class TextCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "according", "across", "afore", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst",
        "an", "and", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "despite",
        "down", "during", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like", "modulo",
        "near", "next", "nor", "notwithstanding", "of", "off", "on", "onto", "or", "out", "over", "per", "plus", "pro",
        "qua", "sans", "since", "so", "than", "the", "through", "thru", "throughout", "thruout", "till", "to", "toward",
        "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "vs", "v.", "via", "vis-à-vis",
        "with", "within", "without", "yet",
    };

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static void StripPeriods(Node node) => Each(node, text => text.Replace(".", string.Empty), skipNoCase: false);

    public static void Apply(Node node, string textCase, string? language)
    {
        switch (textCase)
        {
            case "lowercase":
                Each(node, text => text.ToLower(Culture), skipNoCase: true);
                break;
            case "uppercase":
                Each(node, text => text.ToUpper(Culture), skipNoCase: true);
                break;
            case "capitalize-first":
                CapitalizeFirst(node);
                break;
            case "sentence":
                Sentence(node);
                break;
            case "capitalize-all":
                Words(node, (word, first, last) => Capitalize(word));
                break;
            case "title":
                if (language is null || language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
                {
                    Title(node);
                }

                break;
        }
    }

    /// <summary>Capitalizes the first text of a subtree when that text is a term.</summary>
    public static void CapitalizeLeadingTerm(Node node)
    {
        var done = false;
        First(node, ref done);
    }

    private static void First(Node node, ref bool done)
    {
        if (done)
        {
            return;
        }

        switch (node)
        {
            case TextNode { Text.Length: > 0 } text:
                done = true;
                if (text.IsTerm)
                {
                    text.Text = Capitalize(text.Text);
                }

                break;
            case FormatNode format when !format.Formatting.HasAffixes || string.IsNullOrEmpty(format.Formatting.Prefix):
                foreach (var child in format.Children)
                {
                    First(child, ref done);
                }

                break;
            case FormatNode:
                done = true;
                break;
        }
    }

    private static void CapitalizeFirst(Node node)
    {
        var done = false;
        Each(node, text =>
        {
            if (done || text.Length == 0)
            {
                return text;
            }

            done = true;
            return Capitalize(text);
        }, skipNoCase: true, onNoCase: _ => done = true);
    }

    private static void Sentence(Node node)
    {
        var first = true;
        Each(node, text =>
        {
            text = text.ToLower(Culture);

            if (first && text.Length > 0)
            {
                first = false;
                return Capitalize(text);
            }

            return text;
        }, skipNoCase: true, onNoCase: _ => first = false);
    }

    /// <summary>Particles of names that title case leaves as they are.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "von", "van", "de" };

    private static void Title(Node node)
    {
        var total = 0;
        Each(node, text =>
        {
            total += CountWords(text);
            return text;
        }, skipNoCase: false);

        var index = -1;
        var capitalizeNext = true;
        Each(node, text =>
        {
            var builder = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    capitalizeNext |= text[i] is ':' or '?' or '!';
                    builder.Append(text[i++]);
                    continue;
                }

                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                index++;
                var word = text.Substring(start, i - start);
                var afterHyphen = start > 0 && text[start - 1] == '-';
                var beforeHyphen = i < text.Length && text[i] == '-';
                // citeproc-js cuts words only at spaces, quotes, brackets and punctuation: a word glued to another
                // sign ("{braces}", "#error") starts with that sign and keeps its case, and so does an abbreviation
                // whose periods cut it into single letters ("a.m.").
                var glued = start > 0 && !char.IsWhiteSpace(text[start - 1]) && Cuts.IndexOf(text[start - 1]) < 0;
                var letters = word.IndexOf('.') is var dot && dot >= 0 && dot < word.Length - 1;
                builder.Append(glued || letters ? word : TitleWord(word, capitalizeNext || (beforeHyphen && !afterHyphen), index == total - 1, afterHyphen));
                capitalizeNext = word.Length > 1 && word[word.Length - 1] == '.' && word.IndexOf('.') == word.Length - 1;
            }

            return builder.ToString();
        }, skipNoCase: true, onNoCase: skipped =>
        {
            Each(skipped, text =>
            {
                index += CountWords(text);
                return text;
            }, skipNoCase: false);
            capitalizeNext = false;
        });
    }

    private static string TitleWord(string word, bool first, bool last, bool afterHyphen)
    {
        var lower = word.ToLower(Culture);
        if (HasInnerUpper(word))
        {
            return word;
        }

        // citeproc-js cuts words at periods too: "a.m." is two one-letter words, which keep their case.
        var dot = word.IndexOf('.');
        if (dot >= 0 && dot < word.Length - 1)
        {
            var pieces = word.Split('.');
            for (var k = 0; k < pieces.Length; k++)
            {
                pieces[k] = pieces[k].Length > 1 || (k == 0 && first) ? TitleWord(pieces[k], first && k == 0, last, afterHyphen) : pieces[k];
            }

            return string.Join(".", pieces);
        }

        if (!first && !last && StopWords.Contains(lower))
        {
            // A stop word written with a capital keeps it, as citeproc-js leaves every word that holds one.
            return IsLowerStart(word) || IsUpper(word) ? lower : word;
        }

        // A lone Greek letter ("β") keeps its case, as in citeproc-js; words of other scripts are capitalized ("ред.").
        if ((!first && Particles.Contains(word)) || (afterHyphen && word.Length == 1) || !IsLowerStart(word) || (word.Length == 1 && word[0] is >= '\u0370' and <= '\u03FF'))
        {
            return word;
        }

        return Capitalize(word);
    }

    /// <summary>The signs at which citeproc-js cuts a title into words, besides spaces.</summary>
    private const string Cuts = "\u2018\u2019\u201C\u201D\"'-\u2013\u2014/.,;?!:[]()<>";

    private static bool IsUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '`' or '.' or '&';

    private static int CountWords(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWordChar(text[i]) && (i == 0 || !IsWordChar(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsLowerStart(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c) && !HasInnerUpper(word);
            }
        }

        return false;
    }

    private static bool HasInnerUpper(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Capitalize(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]) ? text : text.Substring(0, i) + char.ToUpper(text[i], Culture) + text.Substring(i + 1);
            }

            if (!char.IsPunctuation(text[i]))
            {
                return text;
            }
        }

        return text;
    }

    /// <summary>Rewrites each word (split on spaces) of the subtree's text in order.</summary>
    private static void Words(Node node, Func<string, bool, bool, string> rewrite)
    {
        Each(node, text =>
        {
            var builder = new StringBuilder(text.Length);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == ' ')
                {
                    if (i > start)
                    {
                        builder.Append(rewrite(text.Substring(start, i - start), false, false));
                    }

                    if (i < text.Length)
                    {
                        builder.Append(' ');
                    }

                    start = i + 1;
                }
            }

            return builder.ToString();
        }, skipNoCase: true);
    }

    private static void Each(Node node, Func<string, string> rewrite, bool skipNoCase, Action<FormatNode>? onNoCase = null, bool root = true)
    {
        switch (node)
        {
            case TextNode text:
                text.Text = rewrite(text.Text);
                break;
            case FormatNode format when skipNoCase && (format.NoCase || (!root && ImplicitNoCase(format.Formatting))):
                onNoCase?.Invoke(format);
                break;
            case FormatNode format:
                foreach (var child in format.Children)
                {
                    Each(child, rewrite, skipNoCase, onNoCase, root: false);
                }

                break;
        }
    }

    /// <summary>Small caps, superscript and subscript inside the text keep their case (as citeproc-js does).</summary>
    private static bool ImplicitNoCase(Style.Formatting formatting) =>
        formatting.FontVariant == "small-caps" || formatting.VerticalAlign is "sup" or "sub";
}

// Shared source: see CitationStyle.cs.
using System;
using System.Collections.Generic;
using System.Text;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// CSL title case as citeproc-js applies it to English titles: the text is cut at punctuation, brackets and quotes;
/// every all-lowercase word of two or more letters that is not a stop word gets a capital, as do the first word, a word
/// after "!", "?" or ":" and a last word that is a stop word; words that already hold a capital are left alone.
/// </summary>
internal static class TitleCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among", "amongst", "anenst",
        "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring", "before", "behind", "below", "beneath",
        "beside", "besides", "between", "beyond", "but", "by", "circa", "despite", "down", "during", "et", "except", "for", "forenenst",
        "from", "given", "in", "inside", "into", "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto",
        "out", "over", "per", "plus", "pro", "qua", "sans", "since", "than", "through", "throughout", "thruout", "till", "to",
        "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v", "via", "vis-à-vis",
        "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "d'", "von", "van", "c", "ca",
    };

    /// <summary>A cut of the text: the text before a tag, and the tag (punctuation, bracket or quote) that ends it.</summary>
    private struct Piece
    {
        public string Text;
        public string Tag;
    }

    public static string Apply(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var pieces = Split(text);
        var strings = new string[pieces.Count];
        var original = new string[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            strings[i] = original[i] = pieces[i].Text;
        }

        var state = new State();
        if (!IsBlank(strings[0]))
        {
            strings[0] = Words(strings[0], 0, pieces[0].Tag, state);
        }

        var quotes = new List<(string Opener, string Closer, int Pos)>();
        for (var i = 0; i < pieces.Count - 1; i++)
        {
            var tag = pieces[i].Tag;
            var next = strings[i + 1];
            if (tag.EndsWith("!", StringComparison.Ordinal) || tag.EndsWith("?", StringComparison.Ordinal) || tag.EndsWith(":", StringComparison.Ordinal))
            {
                state.AfterPunctuation = true;
            }

            strings[i + 1] = Words(next, i + 1, null, state);
            var restore = QuoteFix(tag, i, quotes);
            if (restore >= 0)
            {
                strings[restore + 1] = Restore(original[restore + 1], strings[restore + 1]);
                state.LastWord = null;
            }

            if (!IsBlank(next))
            {
                state.IsFirst = false;
                state.AfterPunctuation = false;
            }
        }

        foreach (var quote in quotes)
        {
            if (quote.Pos >= 0)
            {
                strings[quote.Pos + 1] = Restore(original[quote.Pos + 1], strings[quote.Pos + 1]);
            }
        }

        if (state.LastWord is { } last)
        {
            var words = strings[last.Piece].Split(' ');
            var word = words[last.Word];
            if (word.Length > 1 && StopWords.Contains(word.ToLowerInvariant()))
            {
                words[last.Word] = Capitalise(word);
                strings[last.Piece] = string.Join(" ", words);
            }
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < pieces.Count; i++)
        {
            result.Append(strings[i]).Append(pieces[i].Tag);
        }

        return result.ToString();
    }

    private sealed class State
    {
        public bool IsFirst = true;
        public bool AfterPunctuation;
        public (int Piece, int Word)? LastWord;
    }

    private static string Words(string text, int index, string? followingTag, State state)
    {
        if (IsBlank(text))
        {
            return text;
        }

        var words = text.Split(' ');
        var changed = false;
        for (var j = 0; j < words.Length; j++)
        {
            var word = words[j];
            if (word.Length == 0)
            {
                continue;
            }

            // Only an all-lowercase word can change, and for one the word is its own lowercase form.
            if (IsLowerCase(word)
                && ((word.Length > 1 && !StopWords.Contains(word)) || (j == words.Length - 1 && followingTag == "-") || state.IsFirst || state.AfterPunctuation))
            {
                words[j] = Capitalise(word);
                changed = true;
            }

            state.AfterPunctuation = false;
            state.IsFirst = false;
            state.LastWord = (index, j);
        }

        return changed ? string.Join(" ", words) : text;
    }

    private static bool IsLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>citeproc's quote bookkeeping: the first letter after a quote that does not pair up keeps its case.</summary>
    private static int QuoteFix(string tag, int position, List<(string Opener, string Closer, int Pos)> quotes)
    {
        string? mark = null;
        if (tag.EndsWith(" \"", StringComparison.Ordinal) || tag.EndsWith(" '", StringComparison.Ordinal))
        {
            mark = tag.Substring(tag.Length - 2);
        }
        else if (tag.Length > 0 && "\u2018\u2019\u201C\u201D\"'".IndexOf(tag[0]) >= 0)
        {
            mark = tag.Substring(0, 1);
        }

        if (mark is null)
        {
            return -1;
        }

        var isOpener = mark == "\u201C" || mark == "\u2018" || mark == " \"" || mark == " '";
        if (isOpener)
        {
            var (opener, closer) = mark switch
            {
                " \"" => (" '", "\""),
                " '" => (" \"", "'"),
                "\u2018" => ("\u2018", "\u2019"),
                _ => ("\u201C", "\u201D"),
            };
            if (quotes.Count == 0 || mark == quotes[quotes.Count - 1].Opener)
            {
                quotes.Add((opener, closer, position));
                return -1;
            }

            var previous = quotes[quotes.Count - 1].Pos;
            quotes.RemoveAt(quotes.Count - 1);
            quotes.Add((opener, closer, -1));
            return previous;
        }

        if (quotes.Count > 0 && mark == quotes[quotes.Count - 1].Closer)
        {
            quotes.RemoveAt(quotes.Count - 1);
            return -1;
        }

        return position;
    }

    private static string Restore(string original, string changed) =>
        original.Length == 0 || changed.Length == 0 ? changed : original.Substring(0, 1) + changed.Substring(1);

    public static string Capitalise(string word)
    {
        var start = 0;
        while (start < word.Length && char.IsWhiteSpace(word[start]))
        {
            start++;
        }

        if (start >= word.Length)
        {
            return word;
        }

        var length = char.IsHighSurrogate(word[start]) && start + 1 < word.Length ? 2 : 1;
        var first = word.Substring(start, length);
        if (length == 1 && first[0] >= '\u0370' && first[0] <= '\u03FF' && start + 1 == word.Length)
        {
            return word;
        }

        return word.Substring(0, start) + first.ToUpperInvariant() + word.Substring(start + length);
    }

    /// <summary>Cuts the text as citeproc's tag splitter does: quotes (with a space before them as one tag), punctuation and brackets.</summary>
    private static List<Piece> Split(string text)
    {
        var pieces = new List<Piece>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = TagLength(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            pieces.Add(new Piece { Text = text.Substring(start, i - start), Tag = text.Substring(i, length) });
            i += length;
            start = i;
        }

        pieces.Add(new Piece { Text = text.Substring(start), Tag = string.Empty });
        return pieces;
    }

    private static int TagLength(string text, int i)
    {
        var c = text[i];
        if (c == ' ' && i + 1 < text.Length && (text[i + 1] == '"' || text[i + 1] == '\''))
        {
            return 2;
        }

        if ("\u2018\u2019\u201C\u201D\"'-\u2013\u2014/.,;?!:[]()".IndexOf(c) >= 0)
        {
            return 1;
        }

        if (c == '<')
        {
            foreach (var tag in HtmlTags)
            {
                if (string.CompareOrdinal(text, i, tag, 0, tag.Length) == 0)
                {
                    return tag.Length;
                }
            }
        }

        return 0;
    }

    private static readonly string[] HtmlTags =
    {
        "<i>", "</i>", "<b>", "</b>", "<sc>", "</sc>", "<sub>", "</sub>", "<sup>", "</sup>", "</span>",
        "<span class=\"nocase\">", "<span class=\"nodecor\">", "<span style=\"font-variant: small-caps;\">",
    };
}

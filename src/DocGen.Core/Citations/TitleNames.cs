using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>
/// Reads who wrote a document and to whom from its archive title, at compile time. Known forms:
/// "Letter from X to Y" (any document word before "from"), "Letter to Y from X", "Ciphered Telegram No. 709, X to Y",
/// "Conversation between X and Y", "X's Conversation with Y"; pseudonyms stay as written ("Filippov [Stalin]"), an
/// intermediary's principal becomes a second recipient ("Krasovsky, for Cde. Mao Zedong" gives Krasovsky and Mao Zedong).
/// A title of no known form gives no names: names are never guessed.
/// </summary>
public static class TitleNames
{
    /// <summary>Words that end a name: what follows is the subject, not a person or body.</summary>
    private static readonly string[] SubjectStarts = { " on ", " regarding ", " concerning ", " about ", " re: ", " with regard to ", " in connection with " };

    /// <summary>Document words: a title head with one of them may be followed by ", X to Y".</summary>
    private static readonly string[] DocumentWords =
    {
        "telegram", "cable", "letter", "message", "note", "memorandum", "report", "dispatch", "radiogram", "cipher", "telex",
        "directive", "instruction", "appeal", "circular", "notes",
    };

    private static readonly char[] NameEnds = { '.', ',', ';', ':' };

    private static readonly string[] Honorifics = { "Cde. ", "Comrade ", "Comrades ", "Cdes. ", "Mr. ", "Mrs. ", "Ms. ", "Dr. " };

    /// <summary>The authors and recipients named by a title; both empty when the title has no known form.</summary>
    [MethodImpl(Jit.Optimized)]
    public static (EquatableArray<string> Authors, EquatableArray<string> Recipients) Parse(string title)
    {
        var authors = new List<string>();
        var recipients = new List<string>();
        Read(title.Trim(), authors, recipients);
        return (authors.ToEquatableArray(), recipients.ToEquatableArray());
    }

    [MethodImpl(Jit.Optimized)]
    private static void Read(string title, List<string> authors, List<string> recipients)
    {
        if (Conversation(title, authors))
        {
            return;
        }

        var from = IndexOfWord(title, " from ", 0);
        var to = IndexOfWord(title, " to ", 0);
        // The words must not overlap: in "X from to Y" the space before "to" is the one after "from" (found by fuzzing).
        if (from > 0 && to >= from + 6 && IsDocumentHead(title.Substring(0, from)))
        {
            // "Letter from X to Y"
            AddNames(title.Substring(from + 6, to - from - 6), authors, intermediaries: false);
            AddRecipients(title.Substring(to + 4), recipients);
        }
        else if (to > 0 && from >= to + 4 && IsDocumentHead(title.Substring(0, to)))
        {
            // "Letter to Y from X"
            AddRecipients(title.Substring(to + 4, from - to - 4), recipients);
            AddNames(title.Substring(from + 6), authors, intermediaries: false);
        }
        else
        {
            // "Ciphered Telegram No. 709, X to Y"
            var comma = title.IndexOf(", ", StringComparison.Ordinal);
            if (comma <= 0 || !IsDocumentHead(title.Substring(0, comma)))
            {
                return;
            }

            var rest = title.Substring(comma + 2);
            var split = IndexOfWord(rest, " to ", 0);
            if (split <= 0)
            {
                return;
            }

            AddNames(rest.Substring(0, split), authors, intermediaries: false);
            AddRecipients(rest.Substring(split + 4), recipients);
        }

        if (authors.Count == 0 || recipients.Count == 0)
        {
            authors.Clear();
            recipients.Clear();
        }
    }

    /// <summary>"Conversation between X and Y", "X's Conversation with Y": every participant is an author of the record.</summary>
    [MethodImpl(Jit.Optimized)]
    private static bool Conversation(string title, List<string> authors)
    {
        const string between = "Conversation between ";
        var at = title.IndexOf(between, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var rest = Cut(title.Substring(at + between.Length));
            var and = IndexOfWord(rest, " and ", 0);
            if (and > 0)
            {
                AddName(rest.Substring(0, and), authors);
                AddName(rest.Substring(and + 5), authors);
            }

            return true;
        }

        const string with = "'s Conversation with ";
        at = title.IndexOf(with, StringComparison.OrdinalIgnoreCase);
        if (at > 0)
        {
            AddName(title.Substring(0, at), authors);
            AddName(Cut(title.Substring(at + with.Length)), authors);
            if (authors.Count < 2)
            {
                authors.Clear();
            }

            return true;
        }

        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static void AddRecipients(string text, List<string> recipients) => AddNames(text, recipients, intermediaries: true);

    /// <summary>Adds the names of a "from" or "to" part: cut at the subject, split at " and ", with "X, for Y" as X and Y.</summary>
    [MethodImpl(Jit.Optimized)]
    private static void AddNames(string text, List<string> names, bool intermediaries)
    {
        var forAt = intermediaries ? text.IndexOf(", for ", StringComparison.Ordinal) : -1;
        if (forAt > 0)
        {
            AddName(text.Substring(0, forAt), names);
            AddName(Cut(text.Substring(forAt + 6)), names);
            return;
        }

        text = Cut(text);
        var and = IndexOfWord(text, " and ", 0);
        if (and > 0 && text.IndexOf(' ') == and)
        {
            // Two one-word names ("Stalin and Molotov"); longer phrases with "and" are one body.
            AddName(text.Substring(0, and), names);
            AddName(text.Substring(and + 5), names);
            return;
        }

        AddName(text, names);
    }

    /// <summary>The text up to the first comma or subject word.</summary>
    [MethodImpl(Jit.Optimized)]
    private static string Cut(string text)
    {
        var end = text.IndexOf(", ", StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        foreach (var start in SubjectStarts)
        {
            var at = text.IndexOf(start, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        // A capitalised verb form after the name starts the subject: "US Department of State Reviewing Developments".
        // Not a place after a preposition ("Embassy in Beijing", "in Peking") and not the last word, where a verb would
        // have no object: that is a name ("Ambassador Manning").
        var previous = 0;
        var word = text.IndexOf(' ');
        while (word > 0 && word < end)
        {
            var next = text.IndexOf(' ', word + 1);
            var stop = next < 0 || next > end ? end : next;
            if (stop - word > 5 && stop < end && char.IsUpper(text[word + 1]) && string.CompareOrdinal(text, stop - 3, "ing", 0, 3) == 0
                && !IsPreposition(text.Substring(previous, word - previous)))
            {
                end = word;
                break;
            }

            previous = word + 1;
            word = next;
        }

        return text.Substring(0, end);
    }

    private static bool IsPreposition(string word) => word is "in" or "at" or "of" or "near" or "from" or "to" or "for";

    [MethodImpl(Jit.Optimized)]
    private static void AddName(string text, List<string> names)
    {
        var name = text.Trim().TrimEnd(NameEnds).Trim();
        foreach (var honorific in Honorifics)
        {
            if (name.StartsWith(honorific, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(honorific.Length).Trim();
            }
        }

        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = name.Substring(4);
        }

        if (name.Length > 0 && !names.Contains(name))
        {
            names.Add(name);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsDocumentHead(string head)
    {
        foreach (var word in DocumentWords)
        {
            if (head.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static int IndexOfWord(string text, string word, int start) => text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
}

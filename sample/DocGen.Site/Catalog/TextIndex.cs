using System;
using System.Collections;
using System.Collections.Generic;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>
/// The words of every document's title, summary and text, read once (by the first text search): for each word (letters
/// and digits, upper-cased the invariant way), the positions in the archive of the documents that hold it. A search
/// asks it which documents hold a word starting with each word of the query, and reads only those documents' texts.
/// </summary>
public sealed class TextIndex
{
    private readonly string[] _words;
    private readonly int[][] _documents;
    private readonly Dictionary<ArchiveDocument, int> _positions = new(ReferenceEqualityComparer.Instance);

    public TextIndex(IReadOnlyList<ArchiveDocument> all)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var position = 0; position < all.Count; position++)
        {
            var document = all[position];
            _positions.TryAdd(document, position);
            Add(postings, document.Title, position);
            Add(postings, document.Summary, position);
            foreach (var paragraph in document.Body)
            {
                Add(postings, paragraph, position);
            }
        }

        _words = new string[postings.Count];
        postings.Keys.CopyTo(_words, 0);
        Array.Sort(_words, StringComparer.Ordinal);
        _documents = Array.ConvertAll(_words, word => postings[word].ToArray());
        Count = all.Count;
    }

    /// <summary>The number of documents indexed.</summary>
    public int Count { get; }

    /// <summary>
    /// The documents (by position) that hold, for each word of <paramref name="text"/>, a word it starts; null when
    /// the text has no word (then every document is a candidate).
    /// </summary>
    public BitArray? Candidates(string text)
    {
        BitArray? result = null;
        foreach (var word in Words(text))
        {
            var matches = new BitArray(Count);
            // The words that start with it are one run of the sorted list.
            var index = Array.BinarySearch(_words, word, StringComparer.Ordinal);
            for (var i = index >= 0 ? index : ~index; i < _words.Length && _words[i].StartsWith(word, StringComparison.Ordinal); i++)
            {
                foreach (var position in _documents[i])
                {
                    matches[position] = true;
                }
            }

            result = result is null ? matches : result.And(matches);
        }

        return result;
    }

    /// <summary>Whether <paramref name="document"/> is among <paramref name="candidates"/>; a document not indexed never is.</summary>
    public bool Contains(BitArray candidates, ArchiveDocument document) =>
        _positions.TryGetValue(document, out var position) && candidates[position];

    /// <summary>Whether <paramref name="text"/> is one word: letters and digits only.</summary>
    public static bool IsOneWord(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>The words of a text: runs of letters and digits, upper-cased the invariant way.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        foreach (var (start, length) in Runs(text))
        {
            yield return text!.Substring(start, length).ToUpperInvariant();
        }
    }

    /// <summary>Where the words of a text stand: each run of letters and digits.</summary>
    private static IEnumerable<(int Start, int Length)> Runs(string? text)
    {
        if (text is null)
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    // Each word upper-cased into one buffer: a string is made only for a word the index has not seen.
    private static void Add(Dictionary<string, List<int>> postings, string? text, int position)
    {
        var lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        foreach (var (start, length) in Runs(text))
        {
            var word = length <= buffer.Length ? buffer[..length] : new char[length];
            text.AsSpan(start, length).ToUpperInvariant(word);
            if (!lookup.TryGetValue(word, out var list))
            {
                lookup[word] = list = new List<int>();
            }

            if (list.Count == 0 || list[^1] != position)
            {
                list.Add(position);
            }
        }
    }
}

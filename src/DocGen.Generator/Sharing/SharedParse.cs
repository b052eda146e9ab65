using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Formats;
using DocGen.Core.Model;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Sharing;

/// <summary>
/// Lets the analyzer reuse the generator's parse of a file instead of parsing every file a second time. The compiler
/// hands the generator and the analyzers the same <c>AdditionalText</c>, which reads its <see cref="SourceText"/>
/// once; the generator remembers the text's string against that SourceText and the parse against that string, and
/// the analyzer, the last to need them, takes both out again, so they do not stay alive through the rest of the
/// compilation. Everything is held weakly, and parsing is a pure function of (path, text, limit), checked on every
/// hit (the readers too): a hit returns exactly what a second parse would, and where the instances differ (the IDE, tests), the
/// analyzer simply parses.
/// </summary>
internal static class SharedParse
{
    private static readonly ConditionalWeakTable<SourceText, string> Strings = new();
    private static readonly ConditionalWeakTable<string, Entry> Parses = new();

    /// <summary>The generator's read: the text as one string, remembered for the analyzer.</summary>
    public static string TextOf(SourceText? source) =>
        source is null ? string.Empty : Strings.GetValue(source, static text => text.ToString());

    /// <summary>The generator's parse, remembered for the analyzer.</summary>
    public static IReadOnlyList<ParsedDocument> Parse(string path, string text, int maxLength, DocumentReaders readers)
    {
        if (Find(path, text, maxLength, readers) is { } known)
        {
            return known;
        }

        var documents = readers.Read(path, text, maxLength);

        // One string can stand for two files (every empty file may be string.Empty): only the first is remembered,
        // and a lookup with another path or limit parses again.
        Parses.GetValue(text, _ => new Entry(path, maxLength, readers, documents));
        return documents;
    }

    /// <summary>The analyzer's parse: the generator's, which is then forgotten, or a parse of its own.</summary>
    public static IReadOnlyList<ParsedDocument> Take(string path, SourceText? source, int maxLength, DocumentReaders readers)
    {
        var text = KnownText(source);
        var document = Find(path, text, maxLength, readers);
        if (source is not null)
        {
            Strings.Remove(source);
        }

        if (document is not null)
        {
            Parses.Remove(text);
        }

        return document ?? readers.Read(path, text, maxLength);
    }

    /// <summary>Lets go of a text that will not be parsed (the analyzer's last look at a file that is not text).</summary>
    public static void Forget(SourceText? source)
    {
        if (source is not null)
        {
            Strings.Remove(source);
        }
    }

    /// <summary>A parse for a reader that must leave it for the analyzer: the generator's, or one of its own.</summary>
    public static IReadOnlyList<ParsedDocument> Peek(string path, SourceText? source, int maxLength, DocumentReaders readers)
    {
        var text = KnownText(source);
        return Find(path, text, maxLength, readers) ?? readers.Read(path, text, maxLength);
    }

    /// <summary>The string the generator remembered for this text, or a new one: a lookup that remembers nothing.</summary>
    private static string KnownText(SourceText? source) =>
        source is not null && Strings.TryGetValue(source, out var known) ? known : source?.ToString() ?? string.Empty;

    private static IReadOnlyList<ParsedDocument>? Find(string path, string text, int maxLength, DocumentReaders readers) =>
        Parses.TryGetValue(text, out var known) && known.Matches(path, maxLength, readers) ? known.Documents : null;

    private sealed record Entry(string Path, int MaxLength, DocumentReaders Readers, IReadOnlyList<ParsedDocument> Documents)
    {
        public bool Matches(string path, int maxLength, DocumentReaders readers) => Path == path && MaxLength == maxLength && ReferenceEquals(Readers, readers);
    }
}

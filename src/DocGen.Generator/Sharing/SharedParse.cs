using System.Runtime.CompilerServices;
using DocGen.Core.Model;
using DocGen.Core.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Sharing;

/// <summary>
/// Lets the analyzer reuse the generator's parse of a file instead of parsing every file a second time. The compiler
/// hands the generator and the analyzers the same <c>AdditionalText</c>, which reads its <see cref="SourceText"/>
/// once; the text's string is remembered against that SourceText and the parse against that string, both weakly, so
/// they go when the text goes. Parsing is a pure function of (path, text, limit), checked on every hit, so a hit
/// returns exactly what a second parse would: where the instances differ (the IDE, tests), both simply parse.
/// </summary>
internal static class SharedParse
{
    private static readonly ConditionalWeakTable<SourceText, string> Strings = new();
    private static readonly ConditionalWeakTable<string, Entry> Parses = new();

    /// <summary>The text as one string, the same instance for every caller that passes the same SourceText.</summary>
    public static string TextOf(SourceText? source) =>
        source is null ? string.Empty : Strings.GetValue(source, static text => text.ToString());

    public static ParsedDocument Parse(string path, string text, int maxLength)
    {
        if (Parses.TryGetValue(text, out var known) && known.Matches(path, maxLength))
        {
            return known.Document;
        }

        var document = ArchiveDocumentParser.Parse(path, text, maxLength);

        // One string can stand for two files (every empty file may be string.Empty): only the first is remembered,
        // and a lookup with another path or limit parses again.
        Parses.GetValue(text, _ => new Entry(path, maxLength, document));
        return document;
    }

    private sealed record Entry(string Path, int MaxLength, ParsedDocument Document)
    {
        public bool Matches(string path, int maxLength) => Path == path && MaxLength == maxLength;
    }
}

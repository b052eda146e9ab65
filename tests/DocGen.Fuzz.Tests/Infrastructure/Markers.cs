using System.Globalization;
using System.Linq;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>The text that breaks parsers and code generators, and the invisible characters of Trojan Source.</summary>
public static class Markers
{
    /// <summary>Bidi embeddings and overrides (U+202A-202E), isolates (U+2066-2069), zero-width and direction marks (U+200B-200F), BOM.</summary>
    public static readonly char[] Invisible =
        Enumerable.Range(0x202A, 5).Concat(Enumerable.Range(0x2066, 4)).Concat(Enumerable.Range(0x200B, 5)).Append(0xFEFF)
            .Select(c => (char)c).ToArray();

    /// <summary>Characters that end a line for the compiler, editors and the parser.</summary>
    public static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>Markdown structure, C# string, comment and XML-doc syntax, preprocessor text, NUL and lone surrogates.</summary>
    public static readonly string[] Syntax =
    {
        "**", "***", "**Citation:**", "**Summary:**", "**Original Language:**", "**Contents:**", "**Label**:", "**x:**",
        "<", ">", "<https://digitalarchive.wilsoncenter.org/document/1>", "\"", "\"\"\"", "\u201C", "\u201D", "\\", "\\n", "\\u202E",
        "*/", "/*", "//", "///", "</summary>", "<summary>", "<!--", "]]>", "&", "&amp;", "{", "}", "{0}", "#error", "#if", "#region",
        "\0", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "@", "$", "global::", "class", "`", "'", ";", ",", ".", ":",
        "\t", "\u00A0", "\u00AD", "\u3000", "\uFFFD", "\uFFFF", "\uE000", "\u0301", "\U0001F600", "\U0001D518",
    };

    /// <summary>
    /// Unicode noncharacters: U+FDD0-FDEF and the last two code points of each plane. XML 1.0 cannot hold U+FFFE and
    /// U+FFFF, so a doc comment that copies one is CS1570.
    /// </summary>
    public static readonly string[] Noncharacters =
        Enumerable.Range(0xFDD0, 32).Concat(Enumerable.Range(0, 17).SelectMany(plane => new[] { (plane << 16) | 0xFFFE, (plane << 16) | 0xFFFF }))
            .Select(char.ConvertFromUtf32).ToArray();

    /// <summary>Every hostile marker: syntax, invisible characters and line breaks.</summary>
    public static readonly string[] All = Syntax
        .Concat(Invisible.Select(c => c.ToString()))
        .Concat(LineBreaks.Select(c => c.ToString()))
        .ToArray();

    /// <summary>Markers that stay inside one line (no line breaks): what synthetic field text may hold.</summary>
    public static readonly string[] Inline = All.Where(m => m.IndexOfAny(LineBreaks) < 0).ToArray();

    public static bool IsInvisible(char c) => System.Array.IndexOf(Invisible, c) >= 0;

    /// <summary>What the generator must escape and the analyzer must report: format characters (the soft hyphen excepted).</summary>
    public static bool IsFormat(char c) => c != '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    public static bool IsLineBreak(char c) => System.Array.IndexOf(LineBreaks, c) >= 0;

    /// <summary>
    /// Names of the runtime and the framework a namespace or catalog option may collide with (DocGen.Storage,
    /// System.Collections, DocGen.ArchiveDocument), and names C# keeps (keywords, lowercase type names).
    /// </summary>
    public static readonly string[] CodeNames =
    {
        "DocGen", "System", "Storage", "Collections", "Generic", "ArchiveDocument", "DocumentShard", "DocumentIndex", "String", "Linq",
        "Archive", "ArchiveDocuments", "Count", "All", "Get", "Index", "global", "class", "record", "var", "archive", "letters", "x", "_",
        "Microsoft", "CodeAnalysis", "Diagnostics", "ComponentModel",
    };

    /// <summary>Words a title, summary or body is made of: ordinary, non-Latin, and names that clash with generated code.</summary>
    public static readonly string[] Words =
    {
        "Telegram", "Memorandum", "Conversation", "Report", "Letter", "from", "to", "the", "of", "and", "on", "for", "No.", "3410",
        "Filippov", "[Stalin]", "Krasovsky", "Cde.", "Mao", "Zedong", "Kim", "Il", "Sung", "Ambassador", "Foreign", "Ministry",
        "1951", "June", "5,", "Pyongyang", "Beijing", "Moscow", "harbour", "i", "I", "ı", "İ", "istanbul", "Istanbul", "ß", "ﬁ",
        "Сталин", "Мао", "毛泽东", "김일성", "العربية", "עברית", "Ελλάδα", "e\u0301", "Å", "Å", "\U0001D518", "\U0001F600",
        "Equals", "ToString", "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "Document", "Shard",
        "Archive", "ArchiveDocuments", "All", "Ids", "Count", "Get", "TryGet", "Index", "ShardOf", "DocGenShard07", "Id", "Title", "Url", "Citation",
        "DateText", "System", "DocGen", "global", "Consumer", "class", "namespace", "var", "async", "await", "nameof", "value",
        "_", "__", "1st", "2nd", "Ⅻ", "ǅ", "ʰ", "〇", "٣", "x\u200Dy", "a\u00ADb", "\u3000", "—", "–", "-", "'s", "’", "(eds.)",
    };

    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Sept.", "Sep", "Dec.",
    };

    public static readonly string[] Languages =
    {
        "Russian", "Chinese", "English", "Korean", "German", "French", "Hungarian", "Romanian", "Bulgarian", "Japanese",
        "Polish", "Czech", "Serbo-Croatian", "Mongolian", "Vietnamese", "Klingon", "russian", "ENGLISH", "Chinese (Traditional)",
    };

    public static readonly string[] Repositories =
    {
        "APRF", "RGASPI", "AVPRF", "NARA", "PRC FMA", "AMVnR", "TsAMO", "Archive of the Central Committee", "Stasi Archive",
        "Hungarian National Archives (MOL)", "SAPMO-BArch",
    };

    public static readonly (string Label, string Value)[] Locators =
    {
        ("f.", "45"), ("op.", "1"), ("d.", "339"), ("ll.", "17-18"), ("l.", "78"), ("ll.", "18-17"), ("Fond", "059a"),
        ("Opis", "5a"), ("Delo", "5"), ("Papka", "11"), ("List", "80"), ("RG", "59"), ("Box", "12"), ("vol.", "3"),
        ("pp.", "1-5"), ("p.", "7"), ("file", "106-0001"), ("folder", "3"), ("t.", "2"), ("ll.", "0017-0018"),
    };

    public static readonly string[] ArchiveNames =
    {
        "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive", "Digital Archive",
    };

    public static readonly string[] UnknownLabels =
    {
        "Record ID", "ID", "Document Number", "Document ID", "Archive", "Author", "Keywords", "Notes", "Source", "Label",
        "citation", "SUMMARY", "Original Languages", "Contents", "Equals", "Id", "Fields",
    };

    public static readonly string[] ContentsValues =
    {
        "Translation - English", "English Transcription", "Original Scan", "Translation - English; Original Scan",
    };
}

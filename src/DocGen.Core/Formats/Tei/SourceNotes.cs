using System.Text.RegularExpressions;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// Splits a source note of any era: a bracketed genre marker ("[Telegram.]"), a decimal file number with a genre
/// ("File No. 861.51/396", "793.00/8–1551: Telegram"), or a prose note ("Source: National Archives, RG 59, Central
/// Files 1970–73, POL KOR N–KOR S. Secret; Nodis.").
/// </summary>
internal static class SourceNotes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A short marker with no colon: "[Telegram.]", "[Translation—Extract]", "Translation.—Telegram" (a lost "[" included).
    private static readonly Regex Bracketed = new(@"^\[?(?<genre>[^\[\]:]{1,60}?)\.?\]\.?$", Options);

    // The State Department decimal file: a three-digit class, its subdivisions and items ("861.51/396",
    // "654.119/84, 90", "710.1012 Anti-War/93 supp."), a collection's prefix ("Paris Peace Conf. 184/41a"), and the
    // genre after a colon. The quantifiers are bounded, so a long note costs a bounded number of tries.
    private static readonly Regex FileNumber = new(
        @"^(File\s+Nos?\.\s*)?(?<file>([A-Z][A-Za-z]*\.?\s+){0,4}\d{3}[A-Z]?[./ ][^:;]{0,60}?)\.?(:\s*(?<genre>[^.;:]{1,40}?))?\.?$", Options);

    private static readonly Regex Classification = new(
        @"(^|\.\s+)(?<c>(Top Secret|Secret|Confidential|Unclassified|Limited Official Use|Official Use Only|Restricted)\b[^.]*)", Options);

    // A named collection and a genre: "Edward M. House Papers: Telegram".
    private static readonly Regex CollectionAndGenre = new(@"^(?<collection>[^:]{1,120}):\s*(?<genre>[A-Z][a-z]+( [a-z]+){0,3})\.?$", Options);

    private static readonly Regex RecordGroup = new(@"\bRG\s+\d+\b", Options);

    public static TeiSource Split(string text, SourceSpan span)
    {
        // A reviewed note may be bracketed whole ("[Source: National Archives, ... 3 pages not declassified.]").
        var value = text.StartsWith("[Source:", System.StringComparison.Ordinal) && text.EndsWith("]", System.StringComparison.Ordinal)
            ? text.Substring(1, text.Length - 2)
            : text;
        value = value.StartsWith("Source:", System.StringComparison.Ordinal) ? value.Substring("Source:".Length).Trim() : value;

        var bracketed = Bracketed.Match(value);
        if (bracketed.Success)
        {
            // "[Telegram.]" names a genre; "[No. 14.]" is the despatch's own number, which the text keeps.
            var genre = bracketed.Groups["genre"].Value.Trim();
            return new TeiSource(value, null, genre.StartsWith("No.", System.StringComparison.Ordinal) ? null : genre, null, null, null, null, span);
        }

        var file = FileNumber.Match(value);
        if (file.Success)
        {
            var genre = file.Groups["genre"].Success ? file.Groups["genre"].Value.Trim() : null;
            return new TeiSource(value, file.Groups["file"].Value, genre, null, null, null, null, span);
        }

        var named = CollectionAndGenre.Match(value);
        if (named.Success)
        {
            return new TeiSource(value, null, named.Groups["genre"].Value, null, null, null, named.Groups["collection"].Value.Trim(), span);
        }

        return Prose(value, span);
    }

    private static TeiSource Prose(string value, SourceSpan span)
    {
        var classification = Classification.Match(value);
        var reference = (classification.Success ? value.Substring(0, classification.Index) : value).Trim().TrimEnd('.');
        var comma = reference.IndexOf(',');
        // "Repository, the rest"; a reference with no comma ("Woodrow Wilson Papers") is a collection alone.
        var repository = comma > 0 ? reference.Substring(0, comma).Trim() : null;
        var rest = comma > 0 ? reference.Substring(comma + 1).Trim() : reference;
        string? recordGroup = null;
        if (rest is not null)
        {
            var group = RecordGroup.Match(rest);
            if (group.Success && group.Index == 0)
            {
                recordGroup = group.Value;
                rest = rest.Substring(group.Length).TrimStart(',', ' ');
            }
        }

        return new TeiSource(
            value,
            null,
            null,
            classification.Success ? classification.Groups["c"].Value.Trim() : null,
            repository,
            recordGroup,
            string.IsNullOrEmpty(rest) ? null : rest,
            span);
    }
}

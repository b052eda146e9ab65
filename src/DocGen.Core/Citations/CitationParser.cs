using System.Runtime.CompilerServices;
using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>
/// Splits a citation line into title, date, online archive, archival references, credits and URL, following the
/// archive's pattern <c>"Title", Date, Online Archive, Shelfmark; and Shelfmark. Credits. &lt;URL&gt;</c> and its older
/// PDF-export form <c>“Title,” Date, Online Archive, Shelfmark &lt;URL&gt;</c>.
/// </summary>
/// <remarks>
/// The online archive's name ("... Digital Archive") anchors the parse: the title is the quoted text before it and
/// the date sits between the title's closing quote and the archive. Anchoring on the archive rather than on the
/// first closing quote lets titles hold commas, brackets and nested quotes. Text that does not follow the pattern
/// keeps what can be found (the URL, a quoted title) and leaves the rest null. One pass per step; never throws.
/// </remarks>
public static class CitationParser
{
    private const string ArchiveSuffix = "Digital Archive";

    // Dates are short ("January 7, 1978 – September 23, 1978"); a longer stretch means the anchor is wrong.
    private const int MaxDateLength = 100;

    /// <summary>Parses one citation paragraph (line breaks may stand for spaces). Never throws; missing parts are null.</summary>
    [MethodImpl(Jit.Optimized)]
    public static CitationParts Parse(string text)
    {
        text ??= string.Empty;
        var url = CitationUrl.Find(text);
        var bodyStart = CitationScan.SkipSpace(text, 0, url.BodyEnd);
        var bodyEnd = CitationScan.TrimEnd(text, bodyStart, url.BodyEnd);
        var open = bodyStart < bodyEnd && CitationScan.IsOpeningQuote(text[bodyStart]) ? bodyStart : -1;

        string? title = null, date = null, archive = null, source = null, credits = null;
        TextRange titleRange = default, dateRange = default, archiveRange = default, sourceRange = default;
        var references = EquatableArray<ArchivalReferenceInfo>.Empty;

        // First as "Title", Date, Archive; when that fails (an unclosed quote, no date-like text before the archive)
        // look for the archive as if the title were unquoted, so the source and credits are still found.
        var found = TryFindArchive(text, open, bodyStart, bodyEnd, out var close, out var archiveStart, out var archiveEnd);
        var titled = found && open >= 0;
        if (!found && open >= 0)
        {
            found = TryFindArchive(text, -1, bodyStart, bodyEnd, out _, out archiveStart, out archiveEnd);
        }

        if (titled)
        {
            title = Title(text, open, close, out titleRange);
            date = Date(text, close + 1, archiveStart, out dateRange);
        }
        else if (open >= 0)
        {
            var fallbackClose = FindClosingQuote(text, open, found ? archiveStart : bodyEnd);
            if (fallbackClose > open)
            {
                title = Title(text, open, fallbackClose, out titleRange);
            }
        }

        if (found)
        {
            archive = Cut(text, archiveStart, archiveEnd, out archiveRange);

            // After the archive: ", Shelfmark. Credits." or ", Shelfmark; Credits." or ". Credits." or nothing.
            var rest = archiveEnd;
            if (rest < bodyEnd && text[rest] is ',' or ';')
            {
                var sourceStart = CitationScan.SkipSpace(text, rest + 1, bodyEnd);
                rest = Credits.SemicolonBefore(text, sourceStart, SentenceEnd.Find(text, sourceStart, bodyEnd));
                source = Cut(text, sourceStart, rest, out sourceRange);
            }

            if (rest < bodyEnd)
            {
                credits = Cut(text, rest + 1, bodyEnd, out _);
            }

            if (source is not null)
            {
                references = ShelfmarkParser.Parse(source);
            }
        }

        return new CitationParts(
            text, title, titleRange, date, dateRange, archive, archiveRange, source, sourceRange, references, credits,
            url.Url, url.UrlRange)
        {
            PlainText = url.PlainText,
        };
    }

    /// <summary>
    /// Finds the first "... Digital Archive" followed by ",", ".", ";" or the end of the body whose preceding text
    /// fits the pattern. The name starts after the last comma or quote before it and with a capital letter. When the
    /// citation opens with a quote, a closing quote must come before the name, followed (or preceded) by a comma, with
    /// a date-like stretch between quote and name; otherwise the candidate is part of the title and the next is tried.
    /// A single forward cursor tracks the last quote and comma, so trying many candidates stays linear.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static bool TryFindArchive(string text, int open, int bodyStart, int bodyEnd, out int close, out int archiveStart, out int archiveEnd)
    {
        close = archiveStart = archiveEnd = -1;
        var cursor = open >= 0 ? open + 1 : bodyStart;
        var nameFloor = cursor;
        var lastQuote = -1;
        var lastComma = -1;
        var nameFirst = -1;          // first non-space character after the last quote or comma
        var search = cursor;
        while (search < bodyEnd)
        {
            var found = text.IndexOf(ArchiveSuffix, search, bodyEnd - search, System.StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            for (; cursor < found; cursor++)
            {
                var c = text[cursor];
                if (CitationScan.IsClosingQuote(c))
                {
                    lastQuote = cursor;
                    nameFirst = -1;
                }
                else if (c == ',')
                {
                    lastComma = cursor;
                    nameFirst = -1;
                }
                else if (nameFirst < 0 && !CitationScan.IsSpace(c))
                {
                    nameFirst = cursor;
                }
            }

            var after = found + ArchiveSuffix.Length;
            var endsName = after == bodyEnd || text[after] is ',' or '.' or ';';
            var nameStart = System.Math.Max(nameFloor, System.Math.Max(lastQuote, lastComma) + 1);
            var first = nameFirst < 0 ? found : nameFirst;

            // A name starts with a capital ("Wilson Center ..."); "and the ... Digital Archive" is running text.
            if (endsName && char.IsUpper(text[first]) && (open < 0 || (lastQuote > open && CommaAfterTitle(text, lastQuote, lastComma) && IsDateLike(text, lastQuote + 1, nameStart))))
            {
                close = lastQuote;
                archiveStart = first;
                archiveEnd = after;
                return true;
            }

            search = found + 1;
        }

        return false;
    }

    // The title is always followed by a comma: after its closing quote ("Title", ...) or inside it (“Title,” ...).
    // Without one, the words before the archive's name belong to the title ("... and the Wilson Center Digital Archive").
    [MethodImpl(Jit.Optimized)]
    private static bool CommaAfterTitle(string text, int close, int lastComma) =>
        lastComma > close || text[close - 1] == ',';

    // The stretch between title and archive: empty, or short and holding a digit ("1979", "April 1955"), or "n.d.".
    [MethodImpl(Jit.Optimized)]
    private static bool IsDateLike(string text, int start, int end)
    {
        // Checked before trimming so that many rejected candidates never rescan a long stretch.
        if (end - start > 2 * MaxDateLength)
        {
            return false;
        }

        start = SkipSeparators(text, start, end);
        end = TrimSeparators(text, start, end);
        if (start >= end)
        {
            return true;
        }

        if (end - start > MaxDateLength)
        {
            return false;
        }

        return CitationScan.ContainsDigit(text, start, end)
            || CitationScan.RangeIs(text, start, end, "n.d.")
            || CitationScan.RangeIs(text, start, end, "n.d")
            || CitationScan.RangeIs(text, start, end, "undated")
            || CitationScan.RangeIs(text, start, end, "no date");
    }

    // Without an archive to anchor on: the first closing quote that is followed by "," "." or the end, or that
    // follows a "," (the curly form puts the comma inside). Inner quotes ("the "X" plan") are followed by a word.
    private static int FindClosingQuote(string text, int open, int bodyEnd)
    {
        for (var i = open + 1; i < bodyEnd; i++)
        {
            if (!CitationScan.IsClosingQuote(text[i]))
            {
                continue;
            }

            var next = CitationScan.SkipSpace(text, i + 1, bodyEnd);
            if (next == bodyEnd || text[next] is ',' or '.' or ';' || text[i - 1] is ',' or '.')
            {
                return i;
            }
        }

        return -1;
    }

    // The title between the quotes, without a comma that sat inside the closing quote.
    [MethodImpl(Jit.Optimized)]
    private static string? Title(string text, int open, int close, out TextRange range)
    {
        var start = CitationScan.SkipSpace(text, open + 1, close);
        var end = CitationScan.TrimEnd(text, start, close);
        if (end > start && text[end - 1] == ',')
        {
            end = CitationScan.TrimEnd(text, start, end - 1);
        }

        return Cut(text, start, end, out range);
    }

    [MethodImpl(Jit.Optimized)]
    private static string? Date(string text, int start, int end, out TextRange range)
    {
        start = SkipSeparators(text, start, end);
        return Cut(text, start, TrimSeparators(text, start, end), out range);
    }

    [MethodImpl(Jit.Optimized)]
    private static int SkipSeparators(string text, int start, int end)
    {
        while (start < end && (text[start] == ',' || CitationScan.IsSpace(text[start])))
        {
            start++;
        }

        return start;
    }

    [MethodImpl(Jit.Optimized)]
    private static int TrimSeparators(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == ',' || CitationScan.IsSpace(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    // The trimmed text of [start, end) and its range, or null and an empty range when nothing is left.
    [MethodImpl(Jit.Optimized)]
    private static string? Cut(string text, int start, int end, out TextRange range)
    {
        start = CitationScan.SkipSpace(text, start, end);
        end = CitationScan.TrimEnd(text, start, end);
        if (start >= end)
        {
            range = default;
            return null;
        }

        range = new TextRange(start, end - start);
        return text.Substring(start, end - start);
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>
/// Splits the source part of a citation into archival references and each reference into its locators.
/// References are joined by ";", "; and", or a bare " and " that sits between two complete shelfmarks
/// ("..., d. 5 and RGASPI, f. 558, ..."), never one inside a name ("Ministry of Foreign Affairs and Trade"). A ";"
/// joins two references only when a new one follows it; before a part ("; Issue 12") it separates parts, like ",".
/// Linear in the length of the text and never throws.
/// </summary>
public static class ShelfmarkParser
{
    /// <summary>Parses the shelfmark part of a citation (without the online archive's name or the credits).</summary>
    [MethodImpl(Jit.Optimized)]
    public static EquatableArray<ArchivalReferenceInfo> Parse(string sourceText)
    {
        var s = sourceText ?? string.Empty;
        var references = new List<ArchivalReferenceInfo>();
        var pieces = new List<Span>();
        var parts = new List<Span>();
        ShelfmarkSplitter.SplitTopLevel(s, 0, s.Length, ';', pieces);
        for (var p = 0; p < pieces.Count; p++)
        {
            var start = CitationScan.SkipSpace(s, pieces[p].Start, pieces[p].End);

            // "Year 1956; Issue 12; Country: Korea": pieces that are parts of this reference join it.
            while (p + 1 < pieces.Count && ReferencePart.Continues(s, pieces[p + 1].Start, pieces[p + 1].End))
            {
                p++;
            }

            var end = CitationScan.TrimEnd(s, start, pieces[p].End);

            // "; and RGASPI, ...": the joining word is not part of the reference.
            if (CitationScan.At(s, start, end, "and") && start + 3 < end && CitationScan.IsSpace(s[start + 3]))
            {
                start = CitationScan.SkipSpace(s, start + 3, end);
            }

            parts.Clear();
            ShelfmarkSplitter.SplitOnBareAnd(s, start, end, parts);
            foreach (var part in parts)
            {
                var partEnd = DropClosingPunctuation(s, part.Start, part.End);
                if (partEnd > part.Start)
                {
                    references.Add(ParseReference(s.Substring(part.Start, partEnd - part.Start)));
                }
            }
        }

        return new EquatableArray<ArchivalReferenceInfo>(references.ToArray());
    }

    /// <summary>
    /// Parses one reference: the first comma- (or semicolon-) separated part names the repository (possibly followed by a locator, as
    /// in "RGANI fond 5"), every later part is one or more locators. A part without a label becomes a locator with
    /// an empty label and kind ("B 136/59748", "403-410"). The reference is a shelfmark only when it has a repository
    /// and at least one locator that is labelled or holds a digit, and is not a published work (a book's "vol. 4" is
    /// no shelfmark); otherwise only <c>Raw</c> is kept.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static ArchivalReferenceInfo ParseReference(string raw)
    {
        var segments = new List<Span>();
        ShelfmarkSplitter.SplitTopLevel(raw, 0, raw.Length, ',', segments, alternate: ';');
        var reader = new LocatorReader(raw);
        string? repository = null;
        for (var k = 0; k < segments.Count; k++)
        {
            var start = CitationScan.SkipSpace(raw, segments[k].Start, segments[k].End);
            var end = CitationScan.TrimEnd(raw, start, segments[k].End);
            if (start >= end)
            {
                continue;
            }

            // The repository must come first; a reference that opens with a locator ("f. 45, op. 1") has none.
            var isRepositoryPart = k == 0 && !LocatorLabels.StartsLocator(raw, start, end);
            var tookRest = reader.ReadSegment(start, end, isRepositoryPart, out var repositoryEnd);
            if (isRepositoryPart)
            {
                repository = raw.Substring(start, repositoryEnd - start);
            }

            if (tookRest)
            {
                break;
            }
        }

        return repository is not null && repository.Length > 0 && reader.HasStrongLocator && !PublishedWork.Looks(raw)
            ? new ArchivalReferenceInfo(raw, repository, reader.Locators.ToEquatableArray())
            : new ArchivalReferenceInfo(raw, null, EquatableArray<ArchivalLocator>.Empty);
    }

    // Drops the sentence's closing period (and stray separators) unless the period belongs to an abbreviation
    // that ends the reference, like a trailing "ll." or an initial.
    [MethodImpl(Jit.Optimized)]
    private static int DropClosingPunctuation(string s, int start, int end)
    {
        end = CitationScan.TrimEnd(s, start, end);
        while (end > start && (s[end - 1] == ',' || s[end - 1] == ';'))
        {
            end = CitationScan.TrimEnd(s, start, end - 1);
        }

        if (end > start && s[end - 1] == '.')
        {
            var tokenStart = end - 1;
            while (tokenStart > start && !CitationScan.IsSpace(s[tokenStart - 1]))
            {
                tokenStart--;
            }

            var isInitial = end - tokenStart == 2 && char.IsLetter(s[tokenStart]);
            if (!isInitial && !LocatorLabels.IsLabel(s, tokenStart, end))
            {
                end--;
            }
        }

        return end;
    }
}

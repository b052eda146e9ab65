using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Citations;
using DocGen.Core.Model;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// Maps one read volume into the one model: each <see cref="TeiDocument"/> becomes a <see cref="ParsedDocument"/>.
/// The volume's own problems (malformed XML, a DTD, duplicate ids, no documents) ride on its first document, so the
/// generator reports them at their place; a volume with no document gives one unusable document that carries them.
/// </summary>
public static class TeiDocuments
{
    /// <summary>The archive the documents come from: the Office of the Historian's site (the URL's host).</summary>
    public const string ArchiveName = "Office of the Historian";

    public static IReadOnlyList<ParsedDocument> From(string path, TeiVolumeReading reading)
    {
        if (reading.Documents.IsEmpty)
        {
            return new[] { ParsedDocument.Unusable(path, reading.Problems.ToArray()) };
        }

        var volume = reading.Volume;
        var result = new List<ParsedDocument>(reading.Documents.Count);
        foreach (var document in reading.Documents)
        {
            var parsed = Map(path, document, volume);
            if (result.Count == 0 && !reading.Problems.IsEmpty)
            {
                parsed = parsed with { Problems = reading.Problems.Concat(parsed.Problems).ToEquatableArray() };
            }

            result.Add(parsed);
        }

        return result;
    }

    public static ParsedDocument Map(string path, TeiDocument document, PublishedVolume volume)
    {
        var content = document.Content;
        var (time, offset) = TeiDates.TimeOf(content.Date);
        var source = content.Sources.FirstOrDefault(s => s.Genre is not null || s.Classification is not null);
        return new ParsedDocument(
            path,
            document.Id,
            document.Title,
            content.HeadingSpan != default ? content.HeadingSpan : document.Span,
            content.Date.Date,
            content.Date.Span,
            document.Url,
            null,
            default,
            ArchiveName,
            content.Sources.Select(Reference).ToEquatableArray(),
            null,
            EquatableArray<string>.Empty,
            EquatableArray<string>.Empty,
            null,
            content.Body.Select(p => p.Text).ToEquatableArray(),
            EquatableArray<DocumentField>.Empty,
            document.Problems)
        {
            // The id is written in the div's start tag (its xml:id), as a Markdown document's is in its URL.
            UrlSpan = document.Span,
            SourceSpans = content.Sources.Select(s => s.Span).ToEquatableArray(),
            Authors = content.Authors.Select(p => p.Name).ToEquatableArray(),
            Recipients = content.Recipients.Select(p => p.Name).ToEquatableArray(),
            Number = document.Number,
            Place = content.Place,
            TimeOfDay = time,
            UtcOffset = offset,
            Genre = source?.Genre,
            Classification = source?.Classification,
            Notes = Notes(content),
            Pages = content.Body.Select(p => p.Page ?? string.Empty).ToEquatableArray(),
            Opener = content.Opener,
            Closer = content.Closer,
            Signature = content.Signature,
            Attachments = document.Attachments.Select(Part).ToEquatableArray(),
            IsEditorialNote = document.IsEditorialNote,
            AuthorIds = content.Authors.Select(p => p.Corresp ?? string.Empty).ToEquatableArray(),
            RecipientIds = content.Recipients.Select(p => p.Corresp ?? string.Empty).ToEquatableArray(),
            Cites = document.Cites,
            OtherVolumeReferences = document.OtherVolumeReferences,
            PageIds = document.PageIds,
            LoosePageIds = document.LoosePageIds,
            Volume = volume,
            Range = document.Range,
        };
    }

    private static DocumentPart Part(TeiPart part) => new(
        part.Heading,
        part.Date.Date,
        part.Place,
        part.Authors.Select(p => p.Name).ToEquatableArray(),
        part.Recipients.Select(p => p.Name).ToEquatableArray(),
        part.Opener,
        part.Closer,
        part.Signature,
        part.Body.Select(p => p.Text).ToEquatableArray(),
        part.Body.Select(p => p.Page ?? string.Empty).ToEquatableArray(),
        Notes(part));

    // The reader keeps source notes apart (they are Sources), so these are the footnotes proper.
    private static EquatableArray<DocumentNote> Notes(TeiPart part) =>
        part.Notes.Select(n => new DocumentNote(n.Number, n.Text, n.Paragraph, n.Offset)).ToEquatableArray();

    /// <summary>A source note as an archival reference: its repository, and the file number, record group and collection as locators.</summary>
    public static ArchivalReferenceInfo Reference(TeiSource source)
    {
        var locators = new List<ArchivalLocator>(3);
        if (source.FileNumber is { } file)
        {
            locators.Add(new ArchivalLocator("File No.", "file", file));
        }

        if (source.RecordGroup is { } group)
        {
            locators.Add(new ArchivalLocator("RG", "record-group", group.Substring(2).Trim()));
        }

        if (source.Collection is { } collection)
        {
            locators.Add(new ArchivalLocator(string.Empty, "collection", collection));
        }

        return new ArchivalReferenceInfo(source.Text, source.Repository, locators.ToEquatableArray());
    }
}

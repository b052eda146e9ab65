using System.Linq;
using System.Runtime.CompilerServices;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Maps a parsed document to what its record stores: the generator's half of the model's one road (the runtime's
/// StoredDocumentReader is the other). A field the runtime should see is set here, and nowhere else in the generator.
/// </summary>
internal static class StoredDocumentWriter
{
    /// <param name="embedded">The embedded file (the document's part of it) long strings are sliced from, or null to pool them all.</param>
    [MethodImpl(Jit.Optimized)]
    public static StoredDocument From(ParsedDocument document, EmbeddedFile? embedded)
    {
        return new StoredDocument
        {
            FileResource = embedded?.ResourceName,
            FileLength = embedded is { Part: 0 } whole ? whole.Text.Length : 0,
            FilePart = embedded?.Part ?? 0,
            Id = document.Id,
            Title = document.Title,
            Date = Date(document.Date),
            Url = document.Url,
            Citation = document.Citation,
            ArchiveName = document.ArchiveName,
            Sources = document.Sources.Select(source => new StoredSource
            {
                Raw = source.Raw,
                Repository = source.Repository,
                Locators = source.Locators.Select(locator => new StoredLocator { Label = locator.Label, Kind = locator.Kind, Value = locator.Value }).ToArray(),
            }).ToArray(),
            Summary = document.Summary,
            OriginalLanguages = document.OriginalLanguages.ToArray(),
            Contents = document.Contents,
            Body = document.Body.ToArray(),
            Fields = document.Fields.Select(field => new StoredField { Label = field.Label, Value = field.Value }).ToArray(),
            LanguageTags = document.LanguageTags.ToArray(),
            Authors = document.Authors.ToArray(),
            Recipients = document.Recipients.ToArray(),
            ArchiveLocation = document.ArchiveLocation,
            CitedLanguage = document.CitedLanguage,
            Number = document.Number,
            Place = document.Place,
            TimeOfDay = document.TimeOfDay,
            UtcOffset = document.UtcOffset,
            Genre = document.Genre,
            Classification = document.Classification,
            Notes = Notes(document.Notes),
            Pages = document.Pages.ToArray(),
            Opener = document.Opener,
            Closer = document.Closer,
            Signature = document.Signature,
            Attachments = document.Attachments.Select(Part).ToArray(),
            IsEditorialNote = document.IsEditorialNote,
            AuthorIds = document.AuthorIds.ToArray(),
            RecipientIds = document.RecipientIds.ToArray(),
            Cites = document.Cites.Select(link => new StoredLink { Volume = link.Volume, Target = link.Target, DocumentId = link.DocumentId, Page = link.Page }).ToArray(),
            Volume = document.Volume is { } volume ? new[] { Volume(volume) } : System.Array.Empty<StoredVolume>(),
        };
    }

    [MethodImpl(Jit.Optimized)]
    private static StoredDate Date(Core.Dates.ParsedDate date) => new()
    {
        Text = date.Text,
        Start = Point(date.Start),
        End = Point(date.End),
        IsRange = date.IsRange,
        IsApproximate = date.IsApproximate,
        IsUncertain = date.IsUncertain,
        Edtf = date.Edtf,
    };

    [MethodImpl(Jit.Optimized)]
    private static StoredNote[] Notes(EquatableArray<DocumentNote> notes) =>
        notes.Select(note => new StoredNote { Number = note.Number, Text = note.Text, Paragraph = note.Paragraph, Offset = note.Offset }).ToArray();

    private static StoredPart Part(DocumentPart part) => new()
    {
        Heading = part.Heading,
        Date = Date(part.Date),
        Place = part.Place,
        Authors = part.Authors.ToArray(),
        Recipients = part.Recipients.ToArray(),
        Opener = part.Opener,
        Closer = part.Closer,
        Signature = part.Signature,
        Body = part.Body.ToArray(),
        Pages = part.Pages.ToArray(),
        Notes = Notes(part.Notes),
    };

    private static StoredVolume Volume(PublishedVolume volume) => new()
    {
        Id = volume.Id,
        FullTitle = volume.FullTitle,
        Series = volume.Series,
        Subseries = volume.Subseries,
        VolumeNumber = volume.VolumeNumber,
        VolumeTitle = volume.VolumeTitle,
        Editors = volume.Editors.Select(editor => new StoredEditor { Name = editor.Name, Role = editor.Role }).ToArray(),
        Publisher = volume.Publisher,
        PublicationPlace = volume.PublicationPlace,
        PublicationYear = volume.PublicationYear,
        Coverage = Date(volume.Coverage),
    };

    [MethodImpl(Jit.Optimized)]
    private static StoredPoint Point(Core.Dates.DatePoint point) =>
        new() { Year = point.Year, Month = point.Month, Day = point.Day, Precision = (int)point.Precision };
}

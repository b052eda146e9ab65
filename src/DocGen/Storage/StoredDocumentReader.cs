using System;
using System.Collections.Generic;

namespace DocGen.Storage;

/// <summary>
/// Builds the runtime's document from a stored one: the runtime's half of the model's one road (the generator's
/// StoredDocumentWriter is the other). The CLI builds its documents through it too, by way of a record.
/// </summary>
internal static class StoredDocumentReader
{
    /// <param name="stored">The stored document.</param>
    /// <param name="pageDocument">
    /// The project's page table, or null: a link to a page whose document the record does not hold (a page of another
    /// volume) is looked up there, since the record must not change when that volume does.
    /// </param>
    public static ArchiveDocument ToArchiveDocument(StoredDocument stored, Func<string, string?>? pageDocument)
    {
        var date = Date(stored.Date);
        var volume = stored.Volume.Length == 0 ? null : stored.Volume[0];
        var sources = new ArchivalReference[stored.Sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            var source = stored.Sources[i];
            var locators = new ArchivalLocator[source.Locators.Length];
            for (var j = 0; j < locators.Length; j++)
            {
                var locator = source.Locators[j];
                locators[j] = new ArchivalLocator(locator.Label, locator.Kind, locator.Value);
            }

            sources[i] = new ArchivalReference(source.Raw, source.Repository, locators);
        }

        Dictionary<string, string>? fields = stored.Fields.Length == 0 ? null : new Dictionary<string, string>(stored.Fields.Length, StringComparer.Ordinal);
        foreach (var field in stored.Fields)
        {
            fields![field.Label] = field.Value;
        }

        return new ArchiveDocument(
            stored.Id, stored.Title, date, stored.Url, stored.Citation, stored.ArchiveName, sources, stored.Summary, stored.OriginalLanguages, stored.Contents,
            stored.Body, fields, stored.LanguageTags, stored.Authors, stored.Recipients, stored.ArchiveLocation, stored.CitedLanguage)
        {
            Number = stored.Number,
            Place = stored.Place,
            TimeOfDay = stored.TimeOfDay,
            UtcOffset = stored.UtcOffset,
            Genre = stored.Genre,
            Classification = stored.Classification,
            Notes = ReadOnly.List(Notes(stored.Notes)),
            Pages = ReadOnly.List(stored.Pages),
            Opener = stored.Opener,
            Closer = stored.Closer,
            Signature = stored.Signature,
            Attachments = ReadOnly.List(Array.ConvertAll(stored.Attachments, Part)),
            IsEditorialNote = stored.IsEditorialNote,
            AuthorIds = ReadOnly.List(stored.AuthorIds),
            RecipientIds = ReadOnly.List(stored.RecipientIds),
            Cites = ReadOnly.List(Array.ConvertAll(stored.Cites, link => Link(link, pageDocument))),
            Volume = volume is null ? null : Volume(volume),
        };
    }

    private static DocumentLink Link(StoredLink link, Func<string, string?>? pageDocument) => new(
        link.Volume,
        link.Target,
        link.DocumentId ?? (link.Page is not null && pageDocument is not null ? pageDocument(FrusSite.Target(link.Volume, link.Target)) : null),
        link.Page);

    private static DocumentDate Date(StoredDate date) =>
        new(date.Text, Point(date.Start), Point(date.End), date.IsRange, date.IsApproximate, date.IsUncertain, date.Edtf);

    private static DocumentNote[] Notes(StoredNote[] notes) =>
        Array.ConvertAll(notes, note => new DocumentNote(note.Number, note.Text, note.Paragraph, note.Offset));

    private static DocumentPart Part(StoredPart part) => new(
        part.Heading, Date(part.Date), part.Place, part.Authors, part.Recipients, part.Opener, part.Closer, part.Signature, part.Body, part.Pages, Notes(part.Notes));

    private static PublishedVolume Volume(StoredVolume volume) => new(
        volume.Id, volume.FullTitle, volume.Series, volume.Subseries, volume.VolumeNumber, volume.VolumeTitle,
        Array.ConvertAll(volume.Editors, editor => new VolumeEditor(editor.Name, editor.Role)), volume.Publisher, volume.PublicationPlace,
        volume.PublicationYear, Date(volume.Coverage));

    private static DatePoint Point(StoredPoint point) => new(point.Year, point.Month, point.Day, (DatePrecision)point.Precision);
}

// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// The one definition of a document record's order: the generator's RecordWriter and the runtime's RecordReader both
/// walk it, so what one writes the other reads. Changing it changes the stored bytes: bump
/// <see cref="StorageLayout.ShardFormat"/>. How each string is stored is the channels' business (RecordStrings).
/// </summary>
internal static class RecordLayout
{
    public static void Walk(IRecordChannel channel, StoredDocument document)
    {
        // The file first: its strings are sliced out of it, so a reader loads it before any of them.
        channel.Text(ref document.FileResource);
        channel.Number(ref document.FileLength);
        channel.Number(ref document.FilePart);
        channel.OpenFile(document.FileResource, document.FileLength, document.FilePart);

        channel.Required(ref document.Id);
        channel.Required(ref document.Title);
        Date(channel, document.Date);
        channel.Text(ref document.Url);
        channel.Text(ref document.Citation);
        channel.Text(ref document.ArchiveName);
        channel.Items(ref document.Sources, Source);
        channel.Text(ref document.Summary);
        channel.List(ref document.OriginalLanguages);
        channel.Text(ref document.Contents);
        channel.List(ref document.Body);
        channel.Items(ref document.Fields, Field);
        channel.List(ref document.LanguageTags);
        channel.List(ref document.Authors);
        channel.List(ref document.Recipients);
        channel.Text(ref document.ArchiveLocation);
        channel.Text(ref document.CitedLanguage);

        channel.Text(ref document.Number);
        channel.Text(ref document.Place);
        channel.Text(ref document.TimeOfDay);
        channel.Text(ref document.UtcOffset);
        channel.Text(ref document.Genre);
        channel.Text(ref document.Classification);
        channel.Items(ref document.Notes, Note);
        channel.List(ref document.Pages);
        channel.Text(ref document.Opener);
        channel.Text(ref document.Closer);
        channel.Text(ref document.Signature);
        channel.Items(ref document.Attachments, Part);
        channel.Flag(ref document.IsEditorialNote);
        channel.List(ref document.AuthorIds);
        channel.List(ref document.RecipientIds);
        channel.Items(ref document.Volume, Volume);
        channel.Items(ref document.Cites, Link);
    }

    private static void Link(IRecordChannel channel, StoredLink link)
    {
        channel.Required(ref link.Volume);
        channel.Required(ref link.Target);
        channel.Text(ref link.DocumentId);
        channel.Text(ref link.Page);
    }

    private static void Date(IRecordChannel channel, StoredDate date)
    {
        channel.Required(ref date.Text);
        Point(channel, ref date.Start);
        Point(channel, ref date.End);
        channel.Flags(ref date.IsRange, ref date.IsApproximate, ref date.IsUncertain);
        channel.Text(ref date.Edtf);
    }

    private static void Note(IRecordChannel channel, StoredNote note)
    {
        channel.Text(ref note.Number);
        channel.Required(ref note.Text);
        channel.Number(ref note.Paragraph);
        channel.Number(ref note.Offset);
    }

    private static void Part(IRecordChannel channel, StoredPart part)
    {
        channel.Required(ref part.Heading);
        Date(channel, part.Date);
        channel.Text(ref part.Place);
        channel.List(ref part.Authors);
        channel.List(ref part.Recipients);
        channel.Text(ref part.Opener);
        channel.Text(ref part.Closer);
        channel.Text(ref part.Signature);
        channel.List(ref part.Body);
        channel.List(ref part.Pages);
        channel.Items(ref part.Notes, Note);
    }

    private static void Volume(IRecordChannel channel, StoredVolume volume)
    {
        channel.Required(ref volume.Id);
        channel.Text(ref volume.FullTitle);
        channel.Text(ref volume.Series);
        channel.Text(ref volume.Subseries);
        channel.Text(ref volume.VolumeNumber);
        channel.Text(ref volume.VolumeTitle);
        channel.Items(ref volume.Editors, Editor);
        channel.Text(ref volume.Publisher);
        channel.Text(ref volume.PublicationPlace);
        channel.Text(ref volume.PublicationYear);
        Date(channel, volume.Coverage);
    }

    private static void Editor(IRecordChannel channel, StoredEditor editor)
    {
        channel.Required(ref editor.Name);
        channel.Text(ref editor.Role);
    }

    private static void Point(IRecordChannel channel, ref StoredPoint point)
    {
        channel.Number(ref point.Year);
        channel.Number(ref point.Month);
        channel.Number(ref point.Day);
        channel.Number(ref point.Precision);
    }

    private static void Source(IRecordChannel channel, StoredSource source)
    {
        channel.Required(ref source.Raw);
        channel.Text(ref source.Repository);
        channel.Items(ref source.Locators, Locator);
    }

    private static void Locator(IRecordChannel channel, StoredLocator locator)
    {
        channel.Required(ref locator.Label);
        channel.Required(ref locator.Kind);
        channel.Required(ref locator.Value);
    }

    private static void Field(IRecordChannel channel, StoredField field)
    {
        channel.Required(ref field.Label);
        channel.Required(ref field.Value);
    }
}

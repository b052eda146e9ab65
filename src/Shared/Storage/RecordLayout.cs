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
        channel.OpenFile(document.FileResource, document.FileLength);

        channel.Required(ref document.Id);
        channel.Required(ref document.Title);
        channel.Required(ref document.DateText);
        Point(channel, ref document.DateStart);
        Point(channel, ref document.DateEnd);
        channel.Flags(ref document.DateIsRange, ref document.DateIsApproximate, ref document.DateIsUncertain);
        channel.Text(ref document.DateEdtf);
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

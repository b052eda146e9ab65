using System;
using System.Collections.Generic;

namespace DocGen.Storage;

/// <summary>
/// Builds the runtime's document from a stored one: the runtime's half of the model's one road (the generator's
/// StoredDocumentWriter is the other). The CLI builds its documents through it too, by way of a record.
/// </summary>
internal static class StoredDocumentReader
{
    public static ArchiveDocument ToArchiveDocument(StoredDocument stored)
    {
        var date = new DocumentDate(
            stored.DateText, Point(stored.DateStart), Point(stored.DateEnd), stored.DateIsRange, stored.DateIsApproximate, stored.DateIsUncertain, stored.DateEdtf);
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
            stored.Body, fields, stored.LanguageTags, stored.Authors, stored.Recipients, stored.ArchiveLocation, stored.CitedLanguage);
    }

    private static DatePoint Point(StoredPoint point) => new(point.Year, point.Month, point.Day, (DatePrecision)point.Precision);
}

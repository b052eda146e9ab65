using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Cli;

/// <summary>
/// Builds the runtime <see cref="ArchiveDocument"/> from a parsed document, with the same values the generated code
/// builds it from (a test compares the two), so the exporters see what a compiled archive holds.
/// </summary>
public static class DocumentMapper
{
    /// <summary>The runtime document for <paramref name="parsed"/>, which must be usable (have a title).</summary>
    public static ArchiveDocument ToArchiveDocument(ParsedDocument parsed)
    {
        var date = parsed.Date;
        var sources = new List<ArchivalReference>(parsed.Sources.Count);
        foreach (var source in parsed.Sources)
        {
            var locators = new List<DocGen.ArchivalLocator>(source.Locators.Count);
            foreach (var locator in source.Locators)
            {
                locators.Add(new DocGen.ArchivalLocator(locator.Label, locator.Kind, locator.Value));
            }

            sources.Add(new ArchivalReference(source.Raw, source.Repository, locators));
        }

        var fields = new Dictionary<string, string>();
        foreach (var field in parsed.Fields)
        {
            fields[field.Label] = field.Value;
        }

        return new ArchiveDocument(
            id: parsed.Id,
            title: parsed.Title,
            date: new DocumentDate(date.Text, Point(date.Start), Point(date.End), date.IsRange, date.IsApproximate, date.IsUncertain, date.Edtf),
            url: parsed.Url,
            citation: parsed.Citation,
            archiveName: parsed.ArchiveName,
            sources: sources,
            summary: parsed.Summary,
            originalLanguages: parsed.OriginalLanguages.ToArray(),
            contents: parsed.Contents,
            body: parsed.Body.ToArray(),
            fields: fields,
            languageTags: parsed.LanguageTags.ToArray(),
            authors: parsed.Authors.ToArray(),
            recipients: parsed.Recipients.ToArray(),
            archiveLocation: parsed.ArchiveLocation,
            citedLanguage: parsed.CitedLanguage);
    }

    /// <summary>The two precision enums have the same members and values (RuntimeModelSyncTests checks it).</summary>
    private static DatePoint Point(Core.Dates.DatePoint point) =>
        new(point.Year, point.Month, point.Day, (DatePrecision)(int)point.Precision);
}

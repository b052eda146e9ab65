using System.Collections.Generic;
using DocGen.Site.Catalog;

namespace DocGen.Site.Tests.Infrastructure;

/// <summary>Documents made in the test, as generated code would make them, with only what a test looks at.</summary>
public static class Documents
{
    public static ArchiveDocument Make(
        string id,
        string title = "A document",
        DocumentDate? date = null,
        string? repository = null,
        string[]? authors = null,
        string[]? recipients = null,
        string[]? languages = null,
        string? summary = null,
        string[]? body = null) =>
        new(
            id,
            title,
            date ?? DocumentDate.Unknown,
            sources: repository is null ? null : new[] { new ArchivalReference($"{repository}, f. 1", repository, new[] { new ArchivalLocator("f.", "fond", "1") }) },
            summary: summary,
            originalLanguages: languages,
            body: body,
            authors: authors,
            recipients: recipients);

    public static DocumentDate Day(int year, int month, int day) =>
        new($"{year}-{month}-{day}", new DatePoint(year, month, day, DatePrecision.Day), default, false, false, false, $"{year:D4}-{month:D2}-{day:D2}");

    public static DocumentDate Month(int year, int month) =>
        new($"{year}-{month}", new DatePoint(year, month, 0, DatePrecision.Month), default, false, false, false, $"{year:D4}-{month:D2}");

    public static DocumentDate Year(int year) =>
        new($"{year}", new DatePoint(year, 0, 0, DatePrecision.Year), default, false, false, false, $"{year:D4}");

    /// <summary>An archive of <paramref name="documents"/> in the order given, with the collections named.</summary>
    public static SiteArchive Archive(IReadOnlyList<ArchiveDocument> documents, params SiteCollection[] collections) => new(documents, collections);
}

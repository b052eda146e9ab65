using System;
using System.Collections.Generic;
using System.Linq;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>One page of the documents a query selects, with the numbers the pager needs.</summary>
public sealed record CatalogResult(CatalogQuery Query, IReadOnlyList<ArchiveDocument> Documents, int Total, int Page, int PageCount, int PageSize)
{
    /// <summary>The position in the whole result of the page's first document, from 1 (0 when there is none).</summary>
    public int FirstNumber => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;
}

/// <summary>
/// Selects the documents of a <see cref="CatalogQuery"/>: every filter set must hold (they combine with "and"), in the
/// catalog's order; one pass over the archive, each document's text read at most once.
/// </summary>
public sealed class CatalogSearch
{
    public const int DefaultPageSize = 20;

    private readonly SiteArchive _archive;
    private readonly int _pageSize;

    public CatalogSearch(SiteArchive archive, int pageSize = DefaultPageSize)
    {
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "a page holds at least one document");
        }

        _archive = archive;
        _pageSize = pageSize;
        Repositories = Distinct(archive.All.SelectMany(d => d.Sources).Select(s => s.Repository));
        People = Distinct(archive.All.SelectMany(d => d.Authors.Concat(d.Recipients)));
        Languages = Distinct(archive.All.SelectMany(d => d.OriginalLanguages));
    }

    /// <summary>The repositories the sources name, for the filter's choices (read once, with the archive).</summary>
    public IReadOnlyList<string> Repositories { get; }

    /// <summary>The authors and recipients the titles name.</summary>
    public IReadOnlyList<string> People { get; }

    /// <summary>The original languages.</summary>
    public IReadOnlyList<string> Languages { get; }

    public CatalogResult Run(CatalogQuery query)
    {
        var matches = Matches(query).ToList();
        var pageCount = Math.Max(1, (matches.Count + _pageSize - 1) / _pageSize);
        var page = Math.Min(query.Page, pageCount);
        var documents = matches.Skip((page - 1) * _pageSize).Take(_pageSize).ToList();
        return new CatalogResult(query with { Page = page }, documents, matches.Count, page, pageCount, _pageSize);
    }

    private IEnumerable<ArchiveDocument> Matches(CatalogQuery query)
    {
        IEnumerable<ArchiveDocument> documents = _archive.All;
        if (query.Collection is { } key)
        {
            documents = _archive.Collections.FirstOrDefault(c => c.Key == key)?.Documents ?? Array.Empty<ArchiveDocument>();
        }

        var from = DayKey.Parse(query.From, last: false);
        var to = DayKey.Parse(query.To, last: true);
        return documents.Where(document =>
            InPeriod(document, from, to)
            && (query.Repository is not { } repository || document.Sources.Any(s => s.Repository == repository))
            && (query.Person is not { } person || document.Authors.Concat(document.Recipients).Any(p => string.Equals(p, person, StringComparison.OrdinalIgnoreCase)))
            && (query.Language is not { } language || document.OriginalLanguages.Any(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)))
            && (query.Text is not { } text || Mentions(document, text)));
    }

    /// <summary>A document is in the period when the days its date covers meet it; an undated one never is.</summary>
    private static bool InPeriod(ArchiveDocument document, int? from, int? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        return DayKey.Span(document.Date) is { } span && (from is null || span.Last >= from) && (to is null || span.First <= to);
    }

    private static bool Mentions(ArchiveDocument document, string text) =>
        Contains(document.Title, text) || Contains(document.Summary, text) || document.Body.Any(paragraph => Contains(paragraph, text));

    private static bool Contains(string? haystack, string needle) =>
        haystack is not null && haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
}

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
/// catalog's order; one pass over the archive. A text search reads only the texts of the documents the
/// <see cref="TextIndex"/> names as holding every word of the query.
/// </summary>
/// <remarks>
/// The word index and the filters' choices are built on first use, once: the index reads every document's text (most
/// of a large archive's start-up when it was built with the search), and only a text search needs it; the choices
/// only the catalog's form. Both are built under a lock, so concurrent first requests build each once.
/// </remarks>
public sealed class CatalogSearch
{
    public const int DefaultPageSize = 20;

    private readonly SiteArchive _archive;
    private readonly int _pageSize;
    private readonly Lazy<TextIndex> _index;
    private readonly Lazy<IReadOnlyList<string>> _repositories;
    private readonly Lazy<IReadOnlyList<string>> _people;
    private readonly Lazy<IReadOnlyList<string>> _languages;
    private long _textsRead;
    private long _textsIndexed;

    public CatalogSearch(SiteArchive archive, int pageSize = DefaultPageSize)
    {
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "a page holds at least one document");
        }

        _archive = archive;
        _pageSize = pageSize;
        _repositories = new(() => Distinct(archive.All.SelectMany(d => d.Sources).Select(s => s.Repository)));
        _people = new(() => Distinct(archive.All.SelectMany(d => d.Authors.Concat(d.Recipients))));
        _languages = new(() => Distinct(archive.All.SelectMany(d => d.OriginalLanguages)));
        _index = new(() =>
        {
            var index = new TextIndex(archive.All);
            System.Threading.Interlocked.Add(ref _textsIndexed, index.Count);
            return index;
        });
    }

    /// <summary>
    /// How many documents' texts building the word index has read (none until the first text search; then every
    /// document, once), to check that start-up and the pages without a search read no document's text.
    /// </summary>
    public long TextsIndexed => System.Threading.Interlocked.Read(ref _textsIndexed);

    /// <summary>How many documents' texts the searches so far have read (to check that a search reads few).</summary>
    public long TextsRead => System.Threading.Interlocked.Read(ref _textsRead);

    /// <summary>Builds the word index now if no search has (the server calls it in the background once it listens).</summary>
    public void BuildIndex() => _ = _index.Value;

    /// <summary>The repositories the sources name, for the filter's choices (read once, when first asked for).</summary>
    public IReadOnlyList<string> Repositories => _repositories.Value;

    /// <summary>The authors and recipients the titles name.</summary>
    public IReadOnlyList<string> People => _people.Value;

    /// <summary>The original languages.</summary>
    public IReadOnlyList<string> Languages => _languages.Value;

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

        var index = query.Text is null ? null : _index.Value;
        var candidates = query.Text is { } words ? index!.Candidates(words) : null;

        // A query of one word is answered by the index alone: a word of the document starting with it holds it.
        var indexAnswers = candidates is not null && TextIndex.IsOneWord(query.Text!);
        var from = DayKey.Parse(query.From, last: false);
        var to = DayKey.Parse(query.To, last: true);
        return documents.Where(document =>
            InPeriod(document, from, to)
            && (query.Repository is not { } repository || document.Sources.Any(s => s.Repository == repository))
            && (query.Person is not { } person || document.Authors.Concat(document.Recipients).Any(p => string.Equals(p, person, StringComparison.OrdinalIgnoreCase)))
            && (query.Language is not { } language || document.OriginalLanguages.Any(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)))
            && (query.Text is not { } text || ((candidates is null || index!.Contains(candidates, document)) && (indexAnswers || Mentions(document, text)))));
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

    private bool Mentions(ArchiveDocument document, string text)
    {
        System.Threading.Interlocked.Increment(ref _textsRead);
        return Contains(document.Title, text) || Contains(document.Summary, text) || document.Body.Any(paragraph => Contains(paragraph, text));
    }

    private static bool Contains(string? haystack, string needle) =>
        haystack is not null && haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Output;
using DocGen.Csl.Render;
using DocGen.Csl.Style;
using SortKey = DocGen.Csl.Style.SortKey;

namespace DocGen.Csl;

/// <summary>Renders citations and a bibliography for a set of items in one style and locale.</summary>
public sealed class CslProcessor
{
    private readonly CslStyle _style;
    private readonly LocaleChain _locale;
    private readonly Dictionary<string, CslItem> _items = new(StringComparer.Ordinal);
    private readonly List<CslItem> _inputOrder = new();

    /// <param name="loadLocale">Returns the locale file for a tag ("en-US"), parsed with <see cref="LocaleParser.ParseFile"/>, or null.</param>
    public CslProcessor(CslStyle style, IEnumerable<CslItem> items, Func<string, LocaleData?> loadLocale, string? language = null)
    {
        _style = style;
        _locale = LocaleChain.Build(style, language, loadLocale);
        foreach (var item in items)
        {
            if (!_items.ContainsKey(item.Id))
            {
                _items[item.Id] = item;
                _inputOrder.Add(item);
            }
        }
    }

    /// <summary>Renders citations given in document order; positions follow from that order.</summary>
    /// <param name="registered">The items of the bibliography, for citation numbers; null for all items.</param>
    public IReadOnlyList<string> RenderCitations(IReadOnlyList<Citation> citations, OutputFormat format, IReadOnlyList<string>? registered = null) =>
        Render(citations, format, registered, only: -1);

    /// <summary>
    /// One of the citations, as <see cref="RenderCitations"/> renders it (its position follows from those before it),
    /// without rendering the others.
    /// </summary>
    public string RenderCitation(IReadOnlyList<Citation> citations, int index, OutputFormat format, IReadOnlyList<string>? registered = null) =>
        Render(citations, format, registered, index)[0];

    private List<string> Render(IReadOnlyList<Citation> citations, OutputFormat format, IReadOnlyList<string>? registered, int only)
    {
        var writer = NewWriter(format);
        var numbers = CitationNumbers(registered ?? FirstCitedOrder(citations));
        var nearNote = NearNoteDistance(_style.Citation);
        var positions = Positions.Compute(citations, nearNote);
        var disambiguation = Disambiguate(registered ?? FirstCitedOrder(citations), numbers);
        var result = new List<string>();
        for (var c = 0; c < citations.Count; c++)
        {
            if (only >= 0 && c != only)
            {
                continue;
            }

            var cites = new List<(CiteItem Cite, CitePosition Position)>();
            for (var i = 0; i < citations[c].Items.Count; i++)
            {
                if (_items.ContainsKey(citations[c].Items[i].Id))
                {
                    cites.Add((citations[c].Items[i], positions[c][i]));
                }
            }

            var section = _style.Citation;
            if (section.Sort.Count > 0 && cites.Count > 1)
            {
                cites = Sort(cites, x => Context(section, _items[x.Cite.Id], numbers), section.Sort, NewWriter(OutputFormat.Text));
            }

            // Only the collapser's author-and-year grouping reads a cite without its author and its year key, and only
            // among two or more cites: render them only then.
            var grouping = cites.Count > 1 && Collapser.GroupsByYear(section);
            var rendered = new List<RenderedCite>();
            foreach (var (cite, position) in cites)
            {
                var state = disambiguation.TryGetValue(cite.Id, out var s) ? s : ItemDisambiguation.None;
                RenderContext Context(bool withoutAuthor, ItemDisambiguation disambiguationState) => new(_style, _locale, section, _items[cite.Id])
                {
                    Cite = cite,
                    Position = position.Position,
                    NearNote = position.NearNote,
                    FirstReferenceNoteNumber = position.FirstNoteNumber,
                    CitationNumber = numbers.TryGetValue(cite.Id, out var number) ? number : 0,
                    Disambiguation = disambiguationState,
                    SuppressAuthor = withoutAuthor,
                };

                var ctx = Context(cite.SuppressAuthor, state);
                var node = new Evaluator(ctx).RenderAll(section.Layout, Formatting.None);
                if (node is null)
                {
                    continue;
                }

                if (_style.Class == "note" && OpensSentence(cite.Prefix, rendered.Count == 0))
                {
                    TextCase.CapitalizeLeadingTerm(node);
                }

                Node WithAffixes(Node body)
                {
                    var children = new List<Node>();
                    children.AddRange(cite.Prefix is null ? new List<Node>() : RichText.Parse(cite.Prefix, QuoteMarks.English, affix: true));
                    children.Add(body);
                    children.AddRange(cite.Suffix is null ? new List<Node>() : RichText.Parse(cite.Suffix, QuoteMarks.English, affix: true));
                    return new FormatNode(Formatting.None, children);
                }

                var withoutAuthor = grouping ? new Evaluator(Context(true, state)).RenderAll(section.Layout, Formatting.None) : null;
                var yearKey = grouping ? new Evaluator(Context(true, state with { YearSuffix = null })).RenderAll(section.Layout, Formatting.None) : null;
                rendered.Add(new RenderedCite(WithAffixes(node))
                {
                    AuthorKey = ctx.AuthorNode is null ? null : writer.Write(ctx.AuthorNode),
                    WithoutAuthor = withoutAuthor is null ? null : WithAffixes(withoutAuthor),
                    YearKey = grouping ? writer.Write(yearKey) : null,
                    YearSuffix = state.YearSuffix,
                    CitationNumber = ctx.CitationNumber,
                    HasOwnParts = cite.Locator is not null || cite.Prefix is not null || cite.Suffix is not null,
                    PrefixPunctuated = cite.Prefix is { Length: > 0 } prefix && prefix[0] is ',' or ';' or ':' or '.',
                });
            }

            var cluster = rendered.Count == 0 ? null : Layout(section, Collapser.Join(rendered, section), null);
            var written = writer.Write(cluster);
            result.Add(format == OutputFormat.Markdown ? MarkdownFromHtml.Convert(written) : written);
        }

        return result;
    }

    /// <summary>The bibliography entries of the given items (all items when null), sorted as the style says. With
    /// second-field-align, an entry's first field is apart in <see cref="BibliographyEntry.Margin"/>.</summary>
    public IReadOnlyList<BibliographyEntry> RenderBibliographyEntries(IReadOnlyList<string>? registered, OutputFormat format)
    {
        var section = _style.Bibliography;
        if (section is null)
        {
            return Array.Empty<BibliographyEntry>();
        }

        var writer = NewWriter(format);
        var ids = registered ?? _inputOrder.Select(i => i.Id).ToList();
        var order = BibliographyOrder(ids);
        var numbers = Numbering(order, ids);
        var disambiguation = Disambiguate(ids, numbers);
        var aligned = SecondFieldAligned(section);
        var substitute = section.Options.TryGetValue("subsequent-author-substitute", out var s) ? s : null;
        var text = substitute is null ? null : NewWriter(OutputFormat.Text);
        string? previousAuthor = null;
        var result = new List<BibliographyEntry>();
        foreach (var id in order)
        {
            RenderContext Context(string? replacement) => new(_style, _locale, section, _items[id])
            {
                CitationNumber = numbers[id],
                Disambiguation = disambiguation.TryGetValue(id, out var state) ? state : ItemDisambiguation.None,
                AuthorReplacement = replacement,
            };

            var ctx = Context(null);
            var entry = Entry(ctx, aligned, writer);
            // The author's text is only compared for subsequent-author-substitute: without it, it is not written.
            var author = text is null || ctx.AuthorNode is null ? null : text.Write(ctx.AuthorNode);
            if (substitute is not null && author is not null && author.Length > 0 && author == previousAuthor)
            {
                entry = Entry(Context(substitute), aligned, writer);
            }

            previousAuthor = author;
            if (entry.Text.Length > 0 || !string.IsNullOrEmpty(entry.Margin))
            {
                result.Add(format == OutputFormat.Markdown
                    ? new BibliographyEntry(entry.Margin is null ? null : MarkdownFromHtml.Convert(entry.Margin), MarkdownFromHtml.Convert(entry.Text))
                    : entry);
            }
        }

        return result;
    }

    internal static BibliographyEntry Entry(RenderContext ctx, bool aligned, Writer writer)
    {
        var section = ctx.Section;
        var evaluator = new Evaluator(ctx);
        if (!aligned)
        {
            return new BibliographyEntry(null, writer.Write(evaluator.RenderAll(section.Layout, section.Formatting)));
        }

        var first = evaluator.RenderAll(section.Layout.Take(1).ToList(), new Formatting { Prefix = section.Formatting.Prefix });
        var rest = evaluator.RenderAll(section.Layout.Skip(1).ToList(), section.Formatting with { Prefix = null }, section.Delimiter);
        return new BibliographyEntry(writer.Write(first), writer.Write(rest));
    }

    /// <summary>The bibliography as citeproc-js writes it in HTML.</summary>
    public string RenderBibliography(IReadOnlyList<string>? registered, OutputFormat format)
    {
        var builder = new StringBuilder();
        builder.Append("<div class=\"csl-bib-body\">\n");
        foreach (var entry in RenderBibliographyEntries(registered, format))
        {
            if (entry.Margin is null)
            {
                builder.Append("  <div class=\"csl-entry\">").Append(DisplayLayout(entry.Text)).Append("</div>\n");
                continue;
            }

            builder.Append("  <div class=\"csl-entry\">\n    <div class=\"csl-left-margin\">").Append(entry.Margin)
                .Append("</div><div class=\"csl-right-inline\">").Append(entry.Text).Append("</div>\n  </div>\n");
        }

        return builder.Append("</div>").ToString();
    }

    /// <summary>In a note style, a cite opens a sentence when it starts the citation without a prefix, or follows a prefix that ends
    /// one (a period after more than one word: "See also. " is a sentence, "Cf. " an abbreviation).</summary>
    private static bool OpensSentence(string? prefix, bool first)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return first;
        }

        var trimmed = prefix!.TrimEnd().TrimEnd('\u201D', '\u2019', '"', '\'');
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] is '.' or '?' or '!' && trimmed.IndexOf(' ') > 0;
    }

    /// <summary>cs:citation's near-note-distance: how many notes back a cite counts as near (CSL's default, 5).</summary>
    internal static int NearNoteDistance(Section citation) =>
        citation.Options.TryGetValue("near-note-distance", out var d) && int.TryParse(d, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 5;

    /// <summary>Whether a bibliography's entries put their first field apart (second-field-align, with more than one field).</summary>
    internal static bool SecondFieldAligned(Section bibliography) =>
        bibliography.Options.ContainsKey("second-field-align") && bibliography.Layout.Count > 1;

    /// <summary>A layout's formatting goes outside its affixes (as citeproc-js writes it).</summary>
    internal static FormatNode Layout(Section section, List<Node> children, string? delimiter) =>
        FormatNode.Of(section.Formatting.WithoutAffixes(),
            new FormatNode(new Formatting { Prefix = section.Formatting.Prefix, Suffix = section.Formatting.Suffix }, children, delimiter));

    /// <summary>Disambiguates the registered items' cites; year-suffixes follow the bibliography's order.</summary>
    private Dictionary<string, ItemDisambiguation> Disambiguate(IReadOnlyList<string> registered, IReadOnlyDictionary<string, int> numbers)
    {
        if (registered.Count < 2)
        {
            return new Dictionary<string, ItemDisambiguation>();
        }

        var writer = NewWriter(OutputFormat.Text);
        var order = BibliographyOrder(registered, writer).Select(id => _items[id]).ToList();
        string Render(CslItem item, ItemDisambiguation state, string position)
        {
            var ctx = new RenderContext(_style, _locale, _style.Citation, item)
            {
                Cite = new CiteItem(item.Id),
                Position = position,
                CitationNumber = numbers.TryGetValue(item.Id, out var n) ? n : 0,
                Disambiguation = state,
            };
            return writer.Write(new Evaluator(ctx).RenderAll(_style.Citation.Layout, Formatting.None));
        }

        // A cite is ambiguous when it renders like another item's in its first or in its subsequent form.
        return Disambiguator.Run(_style, order, (item, state) => new[] { Render(item, state, "first"), Render(item, state, "subsequent") });
    }

    /// <summary>citeproc-js sets display blocks on lines of their own inside an entry.</summary>
    internal static string DisplayLayout(string text)
    {
        const string block = "<div class=\"csl-block\">";
        const string margin = "<div class=\"csl-left-margin\">";
        if (text.StartsWith(margin, StringComparison.Ordinal))
        {
            return "\n    " + text + "\n  ";
        }

        if (text.StartsWith(block, StringComparison.Ordinal))
        {
            var end = text.IndexOf("</div>", StringComparison.Ordinal) + "</div>".Length;
            var rest = text.Substring(end);
            return "\n\n    " + text.Substring(0, end) + "\n\n    " + rest + (rest.EndsWith("</div>", StringComparison.Ordinal) ? "\n  " : string.Empty);
        }

        return text.EndsWith("</div>", StringComparison.Ordinal) ? text + "\n  " : text;
    }

    private Writer NewWriter(OutputFormat format) => _locale.WriterFor(format);

    private List<string> FirstCitedOrder(IReadOnlyList<Citation> citations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var citation in citations)
        {
            foreach (var cite in citation.Items)
            {
                if (_items.ContainsKey(cite.Id) && seen.Add(cite.Id))
                {
                    order.Add(cite.Id);
                }
            }
        }

        return order;
    }

    /// <summary>Citation numbers: the items' places in the bibliography (their registration order when there is none).</summary>
    private Dictionary<string, int> CitationNumbers(IReadOnlyList<string> registered)
    {
        var ids = registered.Where(_items.ContainsKey).Distinct().ToList();
        if (_style.Bibliography is null)
        {
            return Numbering(ids, ids);
        }

        return Numbering(BibliographyOrder(ids), ids);
    }

    private Dictionary<string, int> Numbering(IReadOnlyList<string> order, IReadOnlyList<string> registered)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var byRegistration = _style.Bibliography?.Sort.Any(k => k.Variable == "citation-number") == true;
        var source = byRegistration ? registered : order;
        for (var i = 0; i < source.Count; i++)
        {
            numbers[source[i]] = i + 1;
        }

        return numbers;
    }

    /// <summary>The given items in the order the style's bibliography sorts them (as given when it does not sort).</summary>
    public IReadOnlyList<string> SortedAsBibliography(IReadOnlyList<string> ids) => BibliographyOrder(ids);

    /// <param name="writer">The writer for the sort keys; made here when null (most lists have one item and no sort).</param>
    private List<string> BibliographyOrder(IReadOnlyList<string> registered, Writer? writer = null)
    {
        var ids = registered.Where(_items.ContainsKey).Distinct().ToList();
        var section = _style.Bibliography;
        if (section is null || section.Sort.Count == 0 || ids.Count < 2)
        {
            return ids;
        }

        var registration = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            registration[ids[i]] = i + 1;
        }

        return Sort(ids, id => Context(section, _items[id], registration), section.Sort, writer ?? NewWriter(OutputFormat.Text));
    }

    private RenderContext Context(Section section, CslItem item, IReadOnlyDictionary<string, int> numbers) =>
        new(_style, _locale, section, item) { CitationNumber = numbers.TryGetValue(item.Id, out var n) ? n : 0 };

    private static List<T> Sort<T>(List<T> list, Func<T, RenderContext> context, IReadOnlyList<SortKey> keys, Writer writer)
    {
        var keyed = list.Select((value, index) => (value, index, keys: SortKeys.Values(key => WithKey(context(value), key), keys, writer))).ToList();
        keyed.Sort((a, b) =>
        {
            var c = SortKeys.Compare(a.keys, b.keys, keys);
            return c != 0 ? c : a.index.CompareTo(b.index);
        });
        return keyed.Select(k => k.value).ToList();
    }

    private static RenderContext WithKey(RenderContext ctx, SortKey key) =>
        new(ctx.Style, ctx.Locale, ctx.Section, ctx.Item) { CitationNumber = ctx.CitationNumber, SortKey = key, Cite = ctx.Cite };
}

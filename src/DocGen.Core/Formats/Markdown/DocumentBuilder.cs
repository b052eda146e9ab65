using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Text;
using DocGen.Core.Validation;

namespace DocGen.Core.Formats.Markdown;

/// <summary>Collects the values of one document's sections and builds the immutable <see cref="ParsedDocument"/>.</summary>
internal sealed class DocumentBuilder
{
    private readonly string _path;
    private readonly string _title;
    private readonly SourceSpan _titleSpan;
    private readonly ParsedDate _date;
    private readonly SourceSpan _dateSpan;
    private readonly HashSet<string> _seen = new(System.StringComparer.OrdinalIgnoreCase);
    private readonly List<DocumentField> _fields = new();
    private CitationParts? _citation;
    private TextMap? _citationText;
    private TextMap? _languageText;
    private string? _summary;
    private List<string> _languages = new();
    private string? _contents;
    private List<string> _body = new();

    public DocumentBuilder(string path, string title, SourceSpan titleSpan, ParsedDate date, SourceSpan dateSpan)
    {
        _path = path;
        _title = title;
        _titleSpan = titleSpan;
        _date = date;
        _dateSpan = dateSpan;
    }

    public bool HasCitationSection { get; private set; }

    public SourceSpan CitationSpan { get; private set; }

    [MethodImpl(Jit.Optimized)]
    public void AddSections(List<Section> sections, List<ParseProblem> problems)
    {
        foreach (var section in sections)
        {
            // "Original Language" and "Original Languages" are one section: key on what the label means.
            if (!_seen.Add(SectionLabels.Known(section.Label) ?? section.Label))
            {
                problems.Add(new ParseProblem(ProblemCode.DuplicateSection, section.LabelSpan, section.Label));
                continue;
            }

            if (section.Value is null)
            {
                problems.Add(new ParseProblem(ProblemCode.EmptySection, section.LabelSpan, section.Label));
            }

            Add(section, problems);
        }
    }

    [MethodImpl(Jit.Optimized)]
    public void SetBody(List<string> body) => _body = body;

    [MethodImpl(Jit.Optimized)]
    public ParsedDocument Build(List<ParseProblem> problems)
    {
        if (_citation is not null && _citationText is not null)
        {
            CitationChecks.Check(_citation, _citationText, _path, _title, _date, _fields, problems);
        }

        if (_languageText is not null)
        {
            LanguageChecks.Check(_languages, _languageText, problems);
        }

        var url = _citation?.Url;
        var id = DocumentIds.FromUrl(url);
        if (id.Length == 0)
        {
            id = DocumentIds.FromPath(_path);
        }

        // Read once here, so the citation constant, the generated record and the command-line tool share them.
        var names = TitleNames.Parse(_title);
        return new ParsedDocument(
            _path, id, _title, _titleSpan, _date, _dateSpan, url, _citation?.PlainText, CitationSpan, _citation?.ArchiveName,
            _citation?.References ?? EquatableArray<ArchivalReferenceInfo>.Empty, _summary, _languages.ToEquatableArray(), Tags(_languages), _contents,
            _body.ToEquatableArray(), _fields.ToEquatableArray(), problems.ToEquatableArray())
        {
            ArchiveLocation = _citation?.SourceText,
            UrlSpan = _citation?.Url is not null ? _citationText!.Map(_citation.UrlRange) : default,
            SourceSpans = SourceSpans(),
            Authors = names.Authors,
            Recipients = names.Recipients,
            CitedLanguage = CitationRecords.CitedLanguage(_contents),
        };
    }

    [MethodImpl(Jit.Optimized)]
    private EquatableArray<SourceSpan> SourceSpans()
    {
        if (_citation is null || _citationText is null)
        {
            return EquatableArray<SourceSpan>.Empty;
        }

        var ranges = ReferenceRanges.Of(_citation);
        var spans = new SourceSpan[ranges.Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            spans[i] = ranges[i].Length == 0 ? default : _citationText.Map(ranges[i]);
        }

        return new EquatableArray<SourceSpan>(spans);
    }

    [MethodImpl(Jit.Optimized)]
    private void Add(Section section, List<ParseProblem> problems)
    {
        switch (SectionLabels.Known(section.Label))
        {
            case SectionLabels.Citation:
                HasCitationSection = true;
                CitationSpan = section.LabelSpan;
                if (section.Value is { } value)
                {
                    _citation = CitationParser.Parse(value.Text);
                    _citationText = value;
                    CitationSpan = value.Map(new TextRange(0, value.Text.Length));
                    if (_citation.Url is null)
                    {
                        problems.Add(new ParseProblem(ProblemCode.MissingUrl, CitationSpan));
                    }
                }

                break;
            case SectionLabels.Summary:
                _summary = NullIfEmpty(section.Text);
                break;
            case SectionLabels.OriginalLanguage:
                _languages = LanguageList.Split(section.Text);
                _languageText = section.Value;
                break;
            case SectionLabels.Contents:
                _contents = NullIfEmpty(section.Text);
                break;
            default:
                problems.Add(new ParseProblem(ProblemCode.UnknownSection, section.LabelSpan, section.Label));
                _fields.Add(new DocumentField(section.Label, section.Text));
                break;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static EquatableArray<string> Tags(List<string> languages)
    {
        var tags = new List<string>(languages.Count);
        foreach (var language in languages)
        {
            if (Languages.LanguageTags.For(language) is { } tag && !tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags.ToEquatableArray();
    }

    [MethodImpl(Jit.Optimized)]
    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

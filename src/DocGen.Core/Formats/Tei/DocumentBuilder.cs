using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DocGen.Core.Dates;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>Collects one document div with an xml:id, its attachments and its problems, and builds the record at its end tag.</summary>
internal sealed class DocumentBuilder
{
    private static readonly Regex LeadingNumber = new(@"^(No\.\s*)?(?<n>\d+[A-Za-z]?)\.\s+(?=\S)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex EditorialHeading = new(@"^(Editorial Note|Editor[’']s Note)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex OpenerClassification = new(
        @"^(Top Secret|Secret|Confidential|Restricted|Strictly Confidential|Personal and Confidential|Limited Official Use|Unclassified)\b[^.]*\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly List<TeiPart> _attachments = new();

    public DocumentBuilder(string xmlId, string? number, string? subtype, string? min, string? max, SourceSpan span, int depth)
    {
        XmlId = xmlId;
        Number = number;
        Subtype = subtype;
        Min = min;
        Max = max;
        Span = span;
        Content = new PartBuilder(depth);
    }

    public string XmlId { get; }

    public string? Number { get; }

    public string? Subtype { get; }

    public string? Min { get; }

    public string? Max { get; }

    public SourceSpan Span { get; }

    public PartBuilder Content { get; }

    /// <summary>Where the document stands among the volume's documents, or -1 for a duplicate that is not kept.</summary>
    public int Slot { get; set; } = -1;

    public List<ParseProblem> Problems { get; } = new();

    /// <summary>The targets of the document's cross-references (TeiReferences keeps only documents and pages), with where each stands.</summary>
    public List<(string Target, SourceSpan Span)> References { get; } = new();

    public void AddAttachment(TeiPart part) => _attachments.Add(part);

    [MethodImpl(Jit.Optimized)]
    public TeiDocument Build(PublishedVolume volume)
    {
        var content = Content.Build();
        var heading = content.Heading;
        var match = LeadingNumber.Match(heading);
        var title = match.Success ? heading.Substring(match.Length) : heading;
        var number = Number ?? (match.Success ? match.Groups["n"].Value : null);
        var isEditorial = Subtype == "editorial-note" || EditorialHeading.IsMatch(title);

        if (Content.HasHeading && title.Length == 0 && number is not null)
        {
            // An empty <head/> is how early volumes print an untitled document; the site and the OH name it by number.
            title = "Document " + number;
        }

        if (title.Length == 0)
        {
            // Kept under the name the site gives it, so one bad div never costs the volume a document.
            title = number is null ? XmlId : "Document " + number;
            Problems.Add(new ParseProblem(ProblemCode.MissingHeading, Span, XmlId, title));
        }

        content = content with { Date = DocumentDate(content.Date, isEditorial, volume), Sources = Classified(content) };
        CheckCoverage(content.Date, volume);

        return new TeiDocument(
            VolumeReference.DocumentId(volume.Id, XmlId),
            XmlId,
            TeiDocument.SiteBase + volume.Id + "/" + XmlId,
            number,
            title,
            Subtype,
            isEditorial,
            content,
            _attachments.ToEquatableArray(),
            Span,
            Problems.ToEquatableArray());
    }

    // The dateline wins; otherwise the reviewed document range, unless it is the volume's (editorial notes get that).
    private TeiDate DocumentDate(TeiDate dateline, bool isEditorial, PublishedVolume volume)
    {
        if (dateline.IsKnown || isEditorial || (Min is null && Max is null))
        {
            return dateline;
        }

        var range = TeiDates.Read(string.Empty, Min, Max, TeiDateKind.DocumentRange, Span);
        if (range is null || (range.Date.Start.Equals(volume.Coverage.Start) && range.Date.End.Equals(volume.Coverage.End)))
        {
            return dateline;
        }

        return range;
    }

    // 1911-1950s volumes put the classification in the opener ("secret"), not in the source note.
    private static EquatableArray<TeiSource> Classified(TeiPart content)
    {
        if (content.Sources.Count != 1 || content.Sources[0].Classification is not null || content.Opener is null
            || !OpenerClassification.IsMatch(content.Opener))
        {
            return content.Sources;
        }

        return new[] { content.Sources[0] with { Classification = content.Opener.TrimEnd('.') } }.ToEquatableArray();
    }

    private void CheckCoverage(TeiDate date, PublishedVolume volume)
    {
        if (!date.IsKnown)
        {
            return;
        }

        var (low, high) = Bounds(volume);
        if (low.IsKnown && Before(date.Date.Start, low) || high.IsKnown && Before(high, date.Date.End))
        {
            var range = (low.IsKnown ? Edtf.Point(low) : "..") + "/" + (high.IsKnown ? Edtf.Point(high) : "..");
            Problems.Add(new ParseProblem(ProblemCode.DateOutsideCoverage, date.Span, date.Date.Edtf ?? string.Empty, range));
        }
    }

    // The declared coverage; without one, only what cannot be true: a date after the volume was published.
    private static (DatePoint Low, DatePoint High) Bounds(PublishedVolume volume)
    {
        if (volume.Coverage.IsKnown)
        {
            return (volume.Coverage.Start, volume.Coverage.End);
        }

        var published = TeiDates.Point(volume.PublicationYear);
        return (DatePoint.None, published.IsKnown ? new DatePoint(published.Year, 12, 31, DatePrecision.Day) : DatePoint.None);
    }

    // Strictly before, compared at the coarser of the two precisions, so "1969" is not before 1969-01-30.
    private static bool Before(DatePoint left, DatePoint right)
    {
        if (left.Year != right.Year)
        {
            return left.Year < right.Year;
        }

        if (left.Month == 0 || right.Month == 0 || left.Month != right.Month)
        {
            return left.Month != 0 && right.Month != 0 && left.Month < right.Month;
        }

        return left.Day != 0 && right.Day != 0 && left.Day < right.Day;
    }
}

using DocGen.Core.Dates;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>Which markup gave a date.</summary>
public enum TeiDateKind
{
    /// <summary>No date: the document is undated.</summary>
    None = 0,

    /// <summary><c>date/@when</c>: one year, month, day or instant.</summary>
    When = 1,

    /// <summary><c>date/@from</c> and <c>@to</c>: a range.</summary>
    FromTo = 2,

    /// <summary><c>date/@notBefore</c> and <c>@notAfter</c>: an inferred range.</summary>
    NotBeforeNotAfter = 3,

    /// <summary>The reviewed document-level <c>frus:doc-dateTime-min</c> and <c>-max</c>.</summary>
    DocumentRange = 4,
}

/// <summary>
/// A date as the markup states it: <see cref="Date"/> in DocGen's date model (day precision at most), and
/// <see cref="Start"/> and <see cref="End"/> as the ISO values written in the file, so a time of day and its offset
/// ("1972-11-24T09:05:00+00:00", or "1951-08-15T16:00:00" with none) are kept.
/// </summary>
public sealed record TeiDate(ParsedDate Date, string? Start, string? End, TeiDateKind Kind, SourceSpan Span)
{
    public static TeiDate None { get; } = new(ParsedDate.Unknown(string.Empty), null, null, TeiDateKind.None, default);

    public bool IsKnown => Date.IsKnown;
}

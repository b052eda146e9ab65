namespace DocGen.Core.Dates;

/// <summary>
/// A document date as written (<see cref="Text"/>) and as understood: a single point, or a range from
/// <see cref="Start"/> to <see cref="End"/>, possibly approximate ("c. 1955") or uncertain ("[1951]", "1951?").
/// <see cref="Edtf"/> is the Library of Congress Extended Date/Time Format string, or null when the date is not understood.
/// </summary>
public sealed record ParsedDate(
    string Text,
    DatePoint Start,
    DatePoint End,
    bool IsRange,
    bool IsApproximate,
    bool IsUncertain,
    string? Edtf)
{
    /// <summary>A date that is missing or could not be understood; <paramref name="text"/> keeps what was written.</summary>
    public static ParsedDate Unknown(string text, DateFault fault = DateFault.None) =>
        new(text, DatePoint.None, DatePoint.None, IsRange: false, IsApproximate: false, IsUncertain: false, Edtf: null) { Fault = fault };

    /// <summary>Why the date was not understood (<see cref="DateFault.None"/> when it was, or when the header has no date line).</summary>
    public DateFault Fault { get; init; }

    public bool IsKnown => Start.IsKnown;
}

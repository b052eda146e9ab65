namespace DocGen.Core.Dates;

/// <summary>The kinds of lexical unit a date line is made of.</summary>
internal enum DateTokenKind
{
    /// <summary>A run of 1-4 ASCII digits, possibly with an ordinal ("5th") or decade ("1950s") suffix.</summary>
    Number,

    /// <summary>An ISO calendar date or month written without spaces: "1951-06-05", "1951-06".</summary>
    Iso,

    /// <summary>A month name or abbreviation; <see cref="DateToken.Month"/> holds 1-12.</summary>
    Month,

    /// <summary>"c.", "ca.", "circa", "approx.", "approximately".</summary>
    Approx,

    Between,
    And,
    From,
    To,
    Comma,

    /// <summary>Hyphen, en dash, em dash or minus used between two dates.</summary>
    Dash,

    Slash,
    Question,
    Tilde,
    Percent,
    Open,
    Close,
}

/// <summary>What is written straight after a number's digits.</summary>
internal enum NumberSuffix
{
    None,

    /// <summary>"st", "nd", "rd" or "th": the number is a day.</summary>
    Ordinal,

    /// <summary>"s" or "'s": the number is a decade.</summary>
    Decade,
}

/// <summary>
/// One lexical unit. For <see cref="DateTokenKind.Number"/>, <see cref="Value"/> and <see cref="Digits"/> describe the digits;
/// for <see cref="DateTokenKind.Iso"/>, <see cref="Value"/> is the year, <see cref="Month"/>/<see cref="Day"/> the rest and
/// <see cref="Digits"/> the number of groups written (2 for "1951-06", 3 for "1951-06-05");
/// for <see cref="DateTokenKind.Month"/>, <see cref="Month"/> is 1-12.
/// </summary>
internal readonly struct DateToken
{
    public DateToken(DateTokenKind kind, int value = 0, int digits = 0, NumberSuffix suffix = NumberSuffix.None, int month = 0, int day = 0)
    {
        Kind = kind;
        Value = value;
        Digits = digits;
        Suffix = suffix;
        Month = month;
        Day = day;
    }

    public DateTokenKind Kind { get; }

    public int Value { get; }

    public int Digits { get; }

    public NumberSuffix Suffix { get; }

    public int Month { get; }

    public int Day { get; }
}

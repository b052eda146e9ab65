using System.Collections.Generic;

namespace DocGen.Core.Dates;

/// <summary>
/// Parses the archive's date lines ("June 5, 1951", "April 1955", "1979", ranges, approximate dates) into a
/// <see cref="ParsedDate"/> with an EDTF level 1 string. Never throws: anything it does not understand, including calendar
/// dates that do not exist and two-digit years, comes back as <see cref="ParsedDate.Unknown(string)"/>.
/// </summary>
public static class DateParser
{
    public static ParsedDate Parse(string text)
    {
        // A null slips past nullable annotations from untyped callers; Text stays non-null for consumers.
        if (text is null)
        {
            return ParsedDate.Unknown(string.Empty);
        }

        var tokens = new List<DateToken>();
        if (!DateTokenizer.TryTokenize(text, tokens))
        {
            return ParsedDate.Unknown(text);
        }

        var grammar = new DateGrammar(tokens);
        if (!grammar.TryParse(out var start, out var end, out var isRange))
        {
            return ParsedDate.Unknown(text);
        }

        var edtf = Edtf.Format(start, end, isRange, grammar.IsApproximate, grammar.IsUncertain);
        return new ParsedDate(text, start, end, isRange, grammar.IsApproximate, grammar.IsUncertain, edtf);
    }
}

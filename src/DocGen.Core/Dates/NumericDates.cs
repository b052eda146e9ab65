using System.Collections.Generic;

namespace DocGen.Core.Dates;

/// <summary>
/// Dates written in numbers alone ("6/5/1951", "6-5-1951"), which DocGen does not read: the United States reads the
/// first number as the month and most other places as the day, so either reading could be wrong.
/// </summary>
internal static class NumericDates
{
    /// <summary>Whether the tokens are day and month as numbers and a year, and both first numbers could be a month.</summary>
    public static bool IsAmbiguous(List<DateToken> tokens)
    {
        if (tokens.Count != 5 || !IsSmall(tokens[0]) || !IsSmall(tokens[2]) || tokens[4] is not { Kind: DateTokenKind.Number, Digits: 4, Suffix: NumberSuffix.None })
        {
            return false;
        }

        var separator = tokens[1].Kind;
        return separator is DateTokenKind.Slash or DateTokenKind.Dash && tokens[3].Kind == separator && tokens[0].Value != tokens[2].Value;
    }

    private static bool IsSmall(DateToken token) =>
        token is { Kind: DateTokenKind.Number, Suffix: NumberSuffix.None, Digits: <= 2, Value: >= 1 and <= 12 };
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>
/// Recursive-descent reader over the tokens of one date line:
/// <code>
/// line     := prefix* '[' inner ']' suffix* | prefix* inner suffix*
/// inner    := 'between' fragment 'and' fragment | 'from' fragment 'to' fragment | fragment (('-' | '/' | 'to') fragment)?
/// fragment := prefix* ('[' prefix* core suffix* ']' | core) suffix*
/// prefix   := 'c.' | 'ca.' | 'circa' | 'approx.' | 'approximately' | '~'
/// suffix   := '?' | '~' | '%'
/// core     := ISO | decade | year | month day? ','? year? | day month? ','? year?
/// </code>
/// The token count is capped by <see cref="DateTokenizer.MaxTokens"/> and the only backtracking is a bounded retry, so the
/// work is linear. Qualifiers anywhere in the line apply to the whole date, because <see cref="ParsedDate"/> has one flag each.
/// </summary>
internal sealed class DateGrammar
{
    private readonly List<DateToken> _tokens;
    private int _pos;

    public DateGrammar(List<DateToken> tokens) => _tokens = tokens;

    public bool IsApproximate { get; private set; }

    public bool IsUncertain { get; private set; }

    /// <summary>Whether some reading of the line named a day its month does not have ("June 31, 1951").</summary>
    public bool SawImpossibleDay { get; private set; }

    [MethodImpl(Jit.Optimized)]
    public bool TryParse(out DatePoint start, out DatePoint end, out bool isRange)
    {
        // A bracket around the whole line ("[1950-1952]") is tried first; "[1951]-1952" then falls back to a bracketed end.
        if (TryLine(wholeBracket: true, out start, out end, out isRange))
        {
            return true;
        }

        _pos = 0;
        IsApproximate = false;
        IsUncertain = false;
        return TryLine(wholeBracket: false, out start, out end, out isRange);
    }

    [MethodImpl(Jit.Optimized)]
    private bool TryLine(bool wholeBracket, out DatePoint start, out DatePoint end, out bool isRange)
    {
        start = end = DatePoint.None;
        isRange = false;
        Prefixes();
        if (wholeBracket)
        {
            if (!Accept(DateTokenKind.Open))
            {
                return false;
            }

            IsUncertain = true;
        }

        if (!TryInner(allowBrackets: !wholeBracket, out start, out end, out isRange))
        {
            return false;
        }

        if (wholeBracket && !Accept(DateTokenKind.Close))
        {
            return false;
        }

        Suffixes();
        return _pos == _tokens.Count;
    }

    [MethodImpl(Jit.Optimized)]
    private bool TryInner(bool allowBrackets, out DatePoint start, out DatePoint end, out bool isRange)
    {
        start = end = DatePoint.None;
        isRange = true;
        DateFragment left, right;
        if (Accept(DateTokenKind.Between))
        {
            return TryFragment(allowBrackets, out left) && Accept(DateTokenKind.And) &&
                   TryFragment(allowBrackets, out right) && TryCombine(left, right, out start, out end);
        }

        if (Accept(DateTokenKind.From))
        {
            return TryFragment(allowBrackets, out left) && Accept(DateTokenKind.To) &&
                   TryFragment(allowBrackets, out right) && TryCombine(left, right, out start, out end);
        }

        if (!TryFragment(allowBrackets, out left))
        {
            return false;
        }

        if (Accept(DateTokenKind.Dash) || Accept(DateTokenKind.Slash) || Accept(DateTokenKind.To))
        {
            return TryFragment(allowBrackets, out right) && TryCombine(left, right, out start, out end);
        }

        isRange = false;
        if (left.Month == 0 && left.Day != 0)
        {
            return false; // "7, 1951" is only an end of a range
        }

        if (!left.HasYear || !ToPoint(left, out start))
        {
            return false;
        }

        end = start;
        return true;
    }

    /// <summary>
    /// Fills in what one end borrows from the other and checks both are real dates. An end without a year takes the
    /// other's year and must have the same precision ("April-May 1955", "June 5-7, 1951"); "June 5 - July 1951" is rejected.
    /// </summary>
    private bool TryCombine(DateFragment left, DateFragment right, out DatePoint start, out DatePoint end)
    {
        start = end = DatePoint.None;
        if (!right.HasYear)
        {
            return false;
        }

        if (right.Month == 0 && right.Day != 0)
        {
            // "June 5-7, 1951": the end "7, 1951" takes the month of a start that has a month and day but no year.
            if (left.HasYear || left.Month == 0 || left.Day == 0)
            {
                return false;
            }

            right.Month = left.Month;
        }

        if (!left.HasYear)
        {
            if (right.Month == 0 || right.IsDecade || (left.Day != 0) != (right.Day != 0))
            {
                return false;
            }

            if (left.Month == 0)
            {
                left.Month = right.Month; // "5-7 June 1951"
            }

            left.Year = right.Year;
        }
        else if (left.Month == 0 && left.Day != 0)
        {
            return false;
        }

        return ToPoint(left, out start) && ToPoint(right, out end);
    }

    [MethodImpl(Jit.Optimized)]
    private bool ToPoint(DateFragment fragment, out DatePoint point)
    {
        if (fragment.TryToPoint(out point))
        {
            return true;
        }

        SawImpossibleDay |= fragment.IsDayPastMonthEnd;
        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private bool TryFragment(bool allowBrackets, out DateFragment fragment)
    {
        Prefixes();
        if (allowBrackets && Accept(DateTokenKind.Open))
        {
            IsUncertain = true;
            Prefixes();
            if (!TryCore(out fragment))
            {
                return false;
            }

            Suffixes();
            if (!Accept(DateTokenKind.Close))
            {
                return false;
            }
        }
        else if (!TryCore(out fragment))
        {
            return false;
        }

        Suffixes();
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private bool TryCore(out DateFragment fragment)
    {
        fragment = default;
        if (_pos >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[_pos];
        switch (token.Kind)
        {
            case DateTokenKind.Iso:
                _pos++;
                fragment.Year = token.Value;
                fragment.Month = token.Month;
                fragment.Day = token.Day;

                // "1951-00" and "1951-06-00" are not dates; a zero would otherwise read as "not written".
                return token.Month != 0 && (token.Day != 0 || token.Digits == 2);

            case DateTokenKind.Month:
                _pos++;
                fragment.Month = token.Month;
                if (IsDay(Peek()))
                {
                    fragment.Day = _tokens[_pos++].Value;
                }

                fragment.Year = OptionalYear();
                return true;

            case DateTokenKind.Number when token.Suffix == NumberSuffix.Decade:
                _pos++;
                fragment.Year = token.Value;
                fragment.IsDecade = true;
                return token.Digits == 4 && token.Value % 10 == 0 && token.Value != 0;

            case DateTokenKind.Number when IsYear(token):
                _pos++;
                fragment.Year = token.Value;
                return token.Value != 0;

            case DateTokenKind.Number when IsDay(token):
                _pos++;
                fragment.Day = token.Value;
                if (Peek() is { Kind: DateTokenKind.Month } month)
                {
                    _pos++;
                    fragment.Month = month.Month;
                }

                fragment.Year = OptionalYear();
                return true;

            default:
                return false;
        }
    }

    /// <summary>Reads ", 1951" or " 1951" when a four-digit year follows; otherwise consumes nothing.</summary>
    [MethodImpl(Jit.Optimized)]
    private int OptionalYear()
    {
        var mark = _pos;
        Accept(DateTokenKind.Comma);
        if (Peek() is { } token && IsYear(token) && token.Value != 0)
        {
            _pos++;
            return token.Value;
        }

        _pos = mark;
        return 0;
    }

    [MethodImpl(Jit.Optimized)]
    private void Prefixes()
    {
        while (Accept(DateTokenKind.Approx) || Accept(DateTokenKind.Tilde))
        {
            IsApproximate = true;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void Suffixes()
    {
        while (true)
        {
            if (Accept(DateTokenKind.Question))
            {
                IsUncertain = true;
            }
            else if (Accept(DateTokenKind.Tilde))
            {
                IsApproximate = true;
            }
            else if (Accept(DateTokenKind.Percent))
            {
                IsApproximate = true;
                IsUncertain = true;
            }
            else
            {
                return;
            }
        }
    }

    // Two-digit years are ambiguous, so only a four-digit number is a year.
    [MethodImpl(Jit.Optimized)]
    private static bool IsYear(DateToken token) =>
        token.Kind == DateTokenKind.Number && token.Suffix == NumberSuffix.None && token.Digits == 4;

    [MethodImpl(Jit.Optimized)]
    private static bool IsDay(DateToken? token) =>
        token is { Kind: DateTokenKind.Number, Digits: <= 2, Suffix: not NumberSuffix.Decade } t && t.Value != 0;

    [MethodImpl(Jit.Optimized)]
    private DateToken? Peek() => _pos < _tokens.Count ? _tokens[_pos] : null;

    [MethodImpl(Jit.Optimized)]
    private bool Accept(DateTokenKind kind)
    {
        if (_pos < _tokens.Count && _tokens[_pos].Kind == kind)
        {
            _pos++;
            return true;
        }

        return false;
    }
}

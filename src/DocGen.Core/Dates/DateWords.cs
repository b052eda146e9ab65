using System;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>The English words a date line may contain, matched ASCII case-insensitively (never through the current culture).</summary>
internal static class DateWords
{
    private static readonly Word[] All =
    {
        new("january", DateTokenKind.Month, 1, false),
        new("february", DateTokenKind.Month, 2, false),
        new("march", DateTokenKind.Month, 3, false),
        new("april", DateTokenKind.Month, 4, false),
        new("may", DateTokenKind.Month, 5, true),
        new("june", DateTokenKind.Month, 6, false),
        new("july", DateTokenKind.Month, 7, false),
        new("august", DateTokenKind.Month, 8, false),
        new("september", DateTokenKind.Month, 9, false),
        new("october", DateTokenKind.Month, 10, false),
        new("november", DateTokenKind.Month, 11, false),
        new("december", DateTokenKind.Month, 12, false),
        new("jan", DateTokenKind.Month, 1, true),
        new("feb", DateTokenKind.Month, 2, true),
        new("mar", DateTokenKind.Month, 3, true),
        new("apr", DateTokenKind.Month, 4, true),
        new("jun", DateTokenKind.Month, 6, true),
        new("jul", DateTokenKind.Month, 7, true),
        new("aug", DateTokenKind.Month, 8, true),
        new("sep", DateTokenKind.Month, 9, true),
        new("sept", DateTokenKind.Month, 9, true),
        new("oct", DateTokenKind.Month, 10, true),
        new("nov", DateTokenKind.Month, 11, true),
        new("dec", DateTokenKind.Month, 12, true),
        new("c", DateTokenKind.Approx, 0, true),
        new("ca", DateTokenKind.Approx, 0, true),
        new("circa", DateTokenKind.Approx, 0, false),
        new("approx", DateTokenKind.Approx, 0, true),
        new("approximately", DateTokenKind.Approx, 0, false),
        new("between", DateTokenKind.Between, 0, false),
        new("and", DateTokenKind.And, 0, false),
        new("from", DateTokenKind.From, 0, false),
        new("to", DateTokenKind.To, 0, false),
    };

    /// <summary>The longest word above; longer letter runs are rejected without comparing.</summary>
    public const int MaxLength = 13;

    /// <summary>Finds the word written at <paramref name="start"/>; <paramref name="allowsPeriod"/> is true for abbreviations ("Sept.", "ca.").</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool TryFind(string text, int start, int length, out DateTokenKind kind, out int month, out bool allowsPeriod)
    {
        if (length <= MaxLength)
        {
            foreach (var word in All)
            {
                if (word.Text.Length == length &&
                    string.Compare(text, start, word.Text, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    kind = word.Kind;
                    month = word.Month;
                    allowsPeriod = word.AllowsPeriod;
                    return true;
                }
            }
        }

        kind = default;
        month = 0;
        allowsPeriod = false;
        return false;
    }

    private readonly struct Word
    {
        public Word(string text, DateTokenKind kind, int month, bool allowsPeriod)
        {
            Text = text;
            Kind = kind;
            Month = month;
            AllowsPeriod = allowsPeriod;
        }

        public string Text { get; }

        public DateTokenKind Kind { get; }

        public int Month { get; }

        public bool AllowsPeriod { get; }
    }
}

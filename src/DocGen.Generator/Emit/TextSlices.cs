using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes a document's strings as C# expressions: short ones as literals, long ones as slices of the embedded archive
/// file (<c>ArchiveText</c>), found by searching the file's text for them. Values come out of the file almost as
/// written (a wrapped title or paragraph is its lines joined), so a few slices rebuild each; what the file does not
/// hold as written (a joiner) becomes a small literal. Rebuilding is exact by construction: every slice is compared
/// with the value before it is used.
/// </summary>
public sealed class TextSlices
{
    /// <summary>Values this short are literals: they cost the string heap little and repeat across documents.</summary>
    public const int LiteralLimit = 32;

    private const int Probe = 64;
    private const int MinimumProbe = 4;

    /// <summary>How far past the last slice the rest of a value is looked for first.</summary>
    private const int Near = 16;

    private readonly string _text;
    private readonly string _variable;
    private long _budget;
    private int _cursor;

    /// <param name="text">The file's text as the compiler read it.</param>
    /// <param name="variable">The name of the <c>ArchiveText</c> in the generated code.</param>
    public TextSlices(string text, string variable)
    {
        _text = text;
        _variable = variable;

        // Searching is bounded so that no document, however hostile, costs more than linear time: when the budget is
        // spent, the remaining values are literals.
        _budget = (16L * text.Length) + 65_536;
    }

    /// <summary>The expression for <paramref name="value"/>: a literal, a slice, or a join of slices.</summary>
    public string Expression(string? value)
    {
        var literals = new List<string>();
        var segments = value is null ? null : Segments(value, literals);
        if (segments is null)
        {
            return CSharpLiteral.Quote(value);
        }

        if (segments.Count == 2 && segments[0] >= 0)
        {
            return _variable + ".Slice(" + Int(segments[0]) + ", " + Int(segments[1]) + ")";
        }

        return Call("Join", segments, literals);
    }

    /// <summary>
    /// The expression for a list of strings (a body's paragraphs): one array of numbers for all of them, since a call
    /// per paragraph costs the compiler far more than the numbers do. Each item is its count of pairs, then the pairs.
    /// </summary>
    public string ListExpression(IReadOnlyList<string> values)
    {
        var items = new List<int>();
        var literals = new List<string>();
        foreach (var value in values)
        {
            var segments = Segments(value, literals);
            if (segments is null)
            {
                segments = new List<int> { -1 - literals.Count, 0 };
                literals.Add(value);
            }

            items.Add(segments.Count / 2);
            items.AddRange(segments);
        }

        return Call("List", items, literals);
    }

    /// <summary>
    /// The pairs that rebuild <paramref name="value"/> (new joiners appended to <paramref name="literals"/>), or null
    /// when a literal is the better choice: the value is short, or too fragmented to be worth slicing.
    /// </summary>
    private List<int>? Segments(string value, List<string> literals)
    {
        if (value.Length <= LiteralLimit || _budget <= 0)
        {
            return null;
        }

        var firstLiteral = literals.Count;
        var segments = new List<int>();
        var pending = new StringBuilder();
        var position = 0;
        while (position < value.Length)
        {
            var (start, length) = _budget > 0 ? Find(value, position) : (-1, 0);
            if (length == 0)
            {
                pending.Append(value[position]);
                position++;
                continue;
            }

            Flush(pending, segments, literals);
            segments.Add(start);
            segments.Add(length);
            position += length;
            _cursor = start + length;
        }

        Flush(pending, segments, literals);
        if (segments.Count > 4 * (value.Length / 8))
        {
            // So fragmented that the slices cost more than the text: a literal is smaller.
            literals.RemoveRange(firstLiteral, literals.Count - firstLiteral);
            return null;
        }

        return segments;
    }

    private string Call(string method, List<int> numbers, List<string> literals)
    {
        var builder = new StringBuilder(_variable).Append('.').Append(method).Append("(new int[] { ");
        for (var i = 0; i < numbers.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(Int(numbers[i]));
        }

        builder.Append(" }");
        foreach (var literal in literals)
        {
            builder.Append(", ").Append(CSharpLiteral.Quote(literal));
        }

        return builder.Append(')').ToString();
    }

    /// <summary>The longest run of the text that equals the value from <paramref name="position"/>, or length 0.</summary>
    private (int Start, int Length) Find(string value, int position)
    {
        // Near the last slice first: the rest of a wrapped line or paragraph follows within a few characters (a line
        // break, trailing spaces). A white-space character found nowhere near is a joiner: a literal, no search.
        var start = Search(value, position, local: true);
        if (start < 0 && !char.IsWhiteSpace(value[position]))
        {
            start = Search(value, position, local: false);
        }

        if (start < 0)
        {
            return (-1, 0);
        }

        var length = 0;
        while (start + length < _text.Length && position + length < value.Length && _text[start + length] == value[position + length])
        {
            length++;
        }

        return (start, length);
    }

    /// <summary>Where the longest probe (64 characters down to 4) of the value at <paramref name="position"/> occurs.</summary>
    private int Search(string value, int position, bool local)
    {
        var remaining = value.Length - position;
        var smallest = Math.Min(MinimumProbe, remaining);
        for (var probe = Math.Min(Probe, remaining); probe >= smallest && _budget > 0; probe /= 2)
        {
            var found = local ? SearchNear(value, position, probe) : SearchAnywhere(value, position, probe);
            if (found >= 0)
            {
                return found;
            }
        }

        return -1;
    }

    private int SearchNear(string value, int position, int probe)
    {
        var cursor = Math.Min(_cursor, _text.Length);
        var count = Math.Min(_text.Length - cursor, probe + Near);
        _budget -= count;
        return _text.IndexOf(value.Substring(position, probe), cursor, count, StringComparison.Ordinal);
    }

    /// <summary>After the last slice first (values come mostly in file order), then before it.</summary>
    private int SearchAnywhere(string value, int position, int probe)
    {
        var key = value.Substring(position, probe);
        var cursor = Math.Min(_cursor, _text.Length);
        var found = _text.IndexOf(key, cursor, StringComparison.Ordinal);
        _budget -= found < 0 ? _text.Length - cursor : found - cursor + probe;
        if (found < 0 && cursor > 0 && _budget > 0)
        {
            found = _text.IndexOf(key, 0, Math.Min(_text.Length, cursor + probe - 1), StringComparison.Ordinal);
            _budget -= found < 0 ? cursor : found + probe;
        }

        return found;
    }

    private static void Flush(StringBuilder pending, List<int> segments, List<string> literals)
    {
        if (pending.Length == 0)
        {
            return;
        }

        segments.Add(-1 - literals.Count);
        segments.Add(0);
        literals.Add(pending.ToString());
        pending.Clear();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

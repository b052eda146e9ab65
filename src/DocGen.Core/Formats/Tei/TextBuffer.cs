using System.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>Collects text with every run of white space collapsed to one space and none at the start, so a trim at the end is all that remains.</summary>
internal sealed class TextBuffer
{
    private readonly StringBuilder _builder = new();
    private bool _pendingSpace;

    /// <summary>The length the text has now, as <see cref="ToString"/> would give it (a pending space not counted).</summary>
    public int Length => _builder.Length;

    public bool IsEmpty => _builder.Length == 0;

    public void Append(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                _pendingSpace = _builder.Length > 0;
                i++;
                continue;
            }

            // Copy the whole run of non-space characters at once.
            var end = i + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            // Pretty-printed TEI breaks lines inside elements ("McConaughy\n</persName>)"): no space before closing punctuation.
            if (_pendingSpace && text[i] is not (')' or ']' or ',' or ';'))
            {
                _builder.Append(' ');
            }

            _pendingSpace = false;
            _builder.Append(text, i, end - i);
            i = end;
        }
    }

    /// <summary>A break between words (an <c>lb</c>, a table cell).</summary>
    public void Break() => _pendingSpace = _builder.Length > 0;

    public void Clear()
    {
        _builder.Clear();
        _pendingSpace = false;
    }

    public override string ToString() => _builder.ToString();

    public string? ToStringOrNull() => _builder.Length == 0 ? null : _builder.ToString();
}

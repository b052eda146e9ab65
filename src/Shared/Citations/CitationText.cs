// Shared source: see CitationStyle.cs.
using System.Collections.Generic;
using System.Text;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A citation being written: plain text plus the ranges set in italics. Punctuation is added the way citeproc-js adds
/// it for American English: a period or comma goes inside closing quotes, and a period after ".", "?" or "!" is dropped.
/// </summary>
internal sealed class CitationText
{
    private readonly StringBuilder _text = new(256);
    private readonly List<(int Start, int End)> _italics = new();

    public int Length => _text.Length;

    public CitationText Append(string text)
    {
        _text.Append(text);
        return this;
    }

    public CitationText Italic(string text)
    {
        var start = _text.Length;
        _text.Append(text);
        _italics.Add((start, _text.Length));
        return this;
    }

    /// <summary>Appends "." or "," with the American rules for punctuation and quotes.</summary>
    public CitationText Punctuation(char mark)
    {
        var end = _text.Length;
        var quotes = end;
        while (quotes > 0 && (_text[quotes - 1] == '\u201D' || _text[quotes - 1] == '\u2019'))
        {
            quotes--;
        }

        var last = quotes > 0 ? _text[quotes - 1] : '\0';
        if (mark == '.' && (last == '.' || last == '?' || last == '!'))
        {
            return this;
        }

        if (quotes == end)
        {
            _text.Append(mark);
            return this;
        }

        _text.Insert(quotes, mark);
        for (var i = 0; i < _italics.Count; i++)
        {
            var (start, stop) = _italics[i];
            _italics[i] = (start >= quotes ? start + 1 : start, stop > quotes ? stop + 1 : stop);
        }

        return this;
    }

    /// <summary>Whether the text so far ends with ".", "?" or "!", perhaps before closing quotes.</summary>
    public bool EndsWithStop()
    {
        var at = _text.Length;
        while (at > 0 && (_text[at - 1] == '\u201D' || _text[at - 1] == '\u2019'))
        {
            at--;
        }

        return at > 0 && (_text[at - 1] == '.' || _text[at - 1] == '?' || _text[at - 1] == '!');
    }

    public string Render(CitationMarkup markup)
    {
        if (markup == CitationMarkup.PlainText)
        {
            return _text.ToString();
        }

        var output = new StringBuilder(_text.Length + 32);
        var italic = 0;
        for (var i = 0; i <= _text.Length; i++)
        {
            foreach (var (start, stop) in _italics)
            {
                if (stop == i && start != stop)
                {
                    output.Append(markup == CitationMarkup.Html ? "</i>" : "*");
                    italic--;
                }
            }

            foreach (var (start, stop) in _italics)
            {
                if (start == i && start != stop)
                {
                    output.Append(markup == CitationMarkup.Html ? "<i>" : "*");
                    italic++;
                }
            }

            if (i == _text.Length)
            {
                break;
            }

            var c = _text[i];
            if (markup == CitationMarkup.Html)
            {
                _ = c switch
                {
                    '&' => output.Append("&#38;"),
                    '<' => output.Append("&#60;"),
                    '>' => output.Append("&#62;"),
                    _ => output.Append(c),
                };
            }
            else
            {
                if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#')
                {
                    output.Append('\\');
                }

                output.Append(c);
            }
        }

        return output.ToString();
    }
}

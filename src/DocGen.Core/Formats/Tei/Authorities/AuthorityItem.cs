using System.Collections.Generic;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>
/// One list item while it is read: the named element's id and text, the text after it (the description or
/// expansion), and the links that follow the word "see". Work per text node and per link is constant (the "see" test
/// looks only at the text since the previous link), so reading an item is linear in it.
/// </summary>
internal sealed class AuthorityItem
{
    private readonly TextBuffer _name = new();
    private readonly TextBuffer _after = new();
    private readonly TextBuffer _sinceLink = new();
    private bool _previousLinkWasSee;
    private int _linkDepth = -1;

    public AuthorityItem(AuthorityKind kind) => Kind = kind;

    public AuthorityKind Kind { get; }

    public string? Id { get; private set; }

    public SourceSpan Span { get; private set; }

    public int NameDepth { get; private set; } = -1;

    public bool NameDone { get; private set; }

    public List<(string Target, SourceSpan Span)> See { get; } = new();

    public string Name => _name.ToString().Trim();

    /// <summary>The item's text after the name, without the comma that separates them.</summary>
    public string Rest => _after.ToString().TrimStart(',', ';', ':', ' ').Trim();

    public void StartName(string id, SourceSpan span, int depth)
    {
        Id = id;
        Span = span;
        NameDepth = depth;
    }

    public void EndName()
    {
        NameDepth = -1;
        NameDone = true;
    }

    public void StartLink(string target, SourceSpan span, int depth)
    {
        if (!NameDone)
        {
            return;
        }

        var gap = _sinceLink.ToString().Trim();
        var see = EndsWithSee(gap) || (_previousLinkWasSee && IsSeparator(gap));
        if (see)
        {
            See.Add((target, span));
        }

        _previousLinkWasSee = see;
        _linkDepth = depth;
        _sinceLink.Clear();
    }

    public void End(int depth)
    {
        if (depth == NameDepth)
        {
            EndName();
        }
        else if (depth == _linkDepth)
        {
            _linkDepth = -1;
            _sinceLink.Clear();
        }
    }

    public void Text(string text)
    {
        if (NameDepth >= 0)
        {
            _name.Append(text);
        }
        else if (NameDone)
        {
            _after.Append(text);
            if (_linkDepth < 0)
            {
                _sinceLink.Append(text);
            }
        }
    }

    // "…, see <persName corresp=…>", "; see also <gloss target=…>" (FRUS writes "see" plain or in italics).
    private static bool EndsWithSee(string gap)
    {
        var text = gap.TrimEnd(':', ' ');
        return EndsWithWord(text, "see") || EndsWithWord(text, "see also");
    }

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, System.StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || !char.IsLetter(text[text.Length - word.Length - 1]));

    // "see A and B", "see A, B": the links after a "see" link, with only a separator between, are see links too.
    private static bool IsSeparator(string gap) =>
        gap is "" or "," or ";" or "and" or ", and" or "or" or ", or";
}

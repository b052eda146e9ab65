using System.Collections.Generic;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.People;

/// <summary>
/// Reads a user's authority file (docs/people.md): the header line, then entries, each a line <c>[id]</c> and its
/// lines <c>key: value</c> (<c>name</c>, <c>alias</c>, <c>wikidata</c>, <c>frus</c>); blank lines and lines
/// starting with '#' are skipped. A bad line is a problem (DG0064) and left out; an id or a name (or a FRUS entry)
/// a second entry claims is a problem (DG0065, DG0066) and left out of that entry. One pass, linear in the text.
/// </summary>
public static class PeopleFileReader
{
    private const string Keys = "'name', 'alias', 'wikidata' or 'frus'";

    public static PeopleFile Read(string text)
    {
        var state = new State();
        var lineNumber = 0;
        var start = 0;
        var headerSeen = false;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = new Line(text, start, end, lineNumber);
            if (!line.IsBlank && !line.IsComment)
            {
                if (!headerSeen)
                {
                    if (line.Content != PeopleFile.Header)
                    {
                        state.Problem(ProblemCode.MalformedPeopleLine, line.Whole, "is not the header '" + PeopleFile.Header + "'", "make that the file's first line (the format and its version), or the file is not read");
                        return state.Finish();
                    }

                    headerSeen = true;
                }
                else
                {
                    state.Add(line);
                }
            }

            lineNumber++;
            start = end + 1;
        }

        if (!headerSeen && text.Length > 0)
        {
            state.Problem(ProblemCode.MalformedPeopleLine, default, "is missing: the file has no header '" + PeopleFile.Header + "'", "make that the file's first line");
        }

        return state.Finish();
    }

    /// <summary>One line: its trimmed content and where it stands.</summary>
    private readonly struct Line
    {
        private readonly string _text;

        public Line(string text, int start, int end, int number)
        {
            _text = text;
            Number = number;
            var first = start;
            var last = end;
            while (first < last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            LineStart = start;
            First = first;
            Last = last;
        }

        public int Number { get; }

        public int LineStart { get; }

        public int First { get; }

        public int Last { get; }

        public bool IsBlank => First == Last;

        public bool IsComment => !IsBlank && _text[First] == '#';

        public string Content => _text.Substring(First, Last - First);

        public SourceSpan Whole => Span(First, Last);

        public SourceSpan Span(int from, int to) => new(from, to - from, Number, from - LineStart, Number, to - LineStart);

        /// <summary>The part of the line from <paramref name="from"/> to <paramref name="to"/>, trimmed, with its span.</summary>
        public PeopleValue Part(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(_text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(_text[to - 1]))
            {
                to--;
            }

            return new PeopleValue(_text.Substring(from, to - from), Span(from, to));
        }

        public int IndexOf(char c) => _text.IndexOf(c, First, Last - First);

        public char this[int index] => _text[index];
    }

    /// <summary>The entries read so far and what the file's entries have claimed: ids, names, FRUS entries.</summary>
    private sealed class State
    {
        private readonly List<PeopleEntry> _entries = new();
        private readonly List<ParseProblem> _problems = new();
        private readonly Dictionary<string, SourceSpan> _ids = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, (string Id, SourceSpan Span)> _claims = new(System.StringComparer.Ordinal);
        private readonly List<PeopleValue> _names = new();
        private readonly List<PeopleLink> _links = new();
        private string? _id;
        private SourceSpan _idSpan;
        private bool _skipping;
        private PeopleValue? _wikidata;
        private bool _hasName;

        public void Problem(ProblemCode code, SourceSpan span, params string[] arguments) => _problems.Add(new ParseProblem(code, span, arguments));

        public void Add(Line line)
        {
            if (line[line.First] == '[')
            {
                Open(line);
                return;
            }

            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                Problem(ProblemCode.MalformedPeopleLine, line.Whole, "is neither '[id]' nor 'key: value'", "start an entry with its id in brackets ('[stalin]'), then write one " + Keys + " a line");
                return;
            }

            var key = line.Part(line.First, colon);
            var value = line.Part(colon + 1, line.Last);
            if (_id is null && !_skipping)
            {
                Problem(ProblemCode.MalformedPeopleLine, line.Whole, "comes before any entry", "put an entry's id in brackets ('[stalin]') on a line before it");
                return;
            }

            if (value.Text.Length == 0)
            {
                Problem(ProblemCode.MalformedPeopleLine, line.Whole, "has no value after '" + key.Text + ":'", "write the value after the colon, or remove the line");
                return;
            }

            if (_skipping)
            {
                return;
            }

            switch (key.Text)
            {
                case "name":
                case "alias":
                    // The first name is the one shown; an alias before any name waits until one comes.
                    if (key.Text == "name" && _names.Count > 0 && !_hasName)
                    {
                        _names.Insert(0, value);
                    }
                    else
                    {
                        _names.Add(value);
                    }

                    _hasName |= key.Text == "name";
                    break;
                case "wikidata":
                    if (!IsWikidataId(value.Text))
                    {
                        Problem(ProblemCode.MalformedPeopleLine, value.Span, "gives '" + value.Text + "', which is no Wikidata id", "write the item's id: 'Q' and its number ('Q855')");
                    }
                    else if (_wikidata is not null)
                    {
                        Problem(ProblemCode.MalformedPeopleLine, value.Span, "gives a second Wikidata id to '" + _id + "'", "keep one 'wikidata' line an entry");
                    }
                    else
                    {
                        _wikidata = value;
                    }

                    break;
                case "frus":
                    var hash = value.Text.IndexOf('#');
                    if (hash <= 0 || hash == value.Text.Length - 1 || value.Text.IndexOf('#', hash + 1) >= 0 || value.Text.IndexOf(' ') >= 0)
                    {
                        Problem(ProblemCode.MalformedPeopleLine, value.Span, "gives '" + value.Text + "', which is no FRUS persons-list entry", "write the volume id, '#' and the entry's xml:id ('frus1969-76v19p1#p_KHA1')");
                    }
                    else
                    {
                        _links.Add(new PeopleLink(value.Text.Substring(0, hash), value.Text.Substring(hash + 1), value.Span));
                    }

                    break;
                default:
                    Problem(ProblemCode.MalformedPeopleLine, key.Span, "has the key '" + key.Text + "', which the format does not have", "use " + Keys);
                    break;
            }
        }

        private void Open(Line line)
        {
            Close();
            var close = line.IndexOf(']');
            var id = close < 0 ? null : line.Part(line.First + 1, close);
            if (id is null || close != line.Last - 1 || !IsId(id.Text))
            {
                Problem(ProblemCode.MalformedPeopleLine, line.Whole, "is no entry id", "write the id in brackets, alone on its line: letters, digits, '_' or '-' ('[stalin]'); the entry's lines are left out until then");
                _skipping = true;
                return;
            }

            if (_ids.TryGetValue(id.Text, out var first))
            {
                Problem(ProblemCode.DuplicatePersonId, id.Span, id.Text, Where(first));
                _skipping = true;
                return;
            }

            _ids.Add(id.Text, id.Span);
            _id = id.Text;
            _idSpan = id.Span;
        }

        // An entry ends at the next one or the file's end: kept if it has a name, each name and link it is the first to claim.
        private void Close()
        {
            if (_id is not null)
            {
                if (!_hasName)
                {
                    Problem(ProblemCode.MalformedPeopleLine, _idSpan, "opens the entry '" + _id + "', which has no 'name' line", "give it one: 'name: ' and the name to show; the entry is left out until then");
                }
                else
                {
                    // An entry left out (every name claimed before) claims no link: a later entry may still have it.
                    var names = Claim(_names, n => n.Text, n => n.Span);
                    if (names.Count > 0)
                    {
                        var links = Claim(_links, l => l.ToString(), l => l.Span);
                        _entries.Add(new PeopleEntry(_id, _idSpan, names.ToEquatableArray(), _wikidata?.Text, links.ToEquatableArray()));
                    }
                }
            }

            _id = null;
            _skipping = false;
            _hasName = false;
            _wikidata = null;
            _names.Clear();
            _links.Clear();
        }

        private List<T> Claim<T>(List<T> values, System.Func<T, string> key, System.Func<T, SourceSpan> span)
        {
            var kept = new List<T>();
            foreach (var value in values)
            {
                if (_claims.TryGetValue(key(value), out var owner))
                {
                    if (owner.Id != _id)
                    {
                        Problem(ProblemCode.PeopleClaimTaken, span(value), key(value), owner.Id, Where(owner.Span));
                    }

                    continue;
                }

                _claims.Add(key(value), (_id!, span(value)));
                kept.Add(value);
            }

            return kept;
        }

        public PeopleFile Finish()
        {
            Close();
            return new PeopleFile(_entries.ToEquatableArray(), _problems.ToEquatableArray());
        }

        private static string Where(SourceSpan span) =>
            "line " + (span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static bool IsId(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsWikidataId(string text)
        {
            if (text.Length < 2 || text[0] != 'Q' || text[1] == '0')
            {
                return false;
            }

            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}

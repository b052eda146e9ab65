using System.Collections.Generic;
using System.Linq;

namespace DocGen.Csl.Render;

/// <summary>What a cite's place in the document says about it: its position (first, subsequent, ibid,
/// ibid-with-locator), whether it is near the last cite of the same item, and the note of the item's first cite.</summary>
internal readonly record struct CitePosition(string Position, bool NearNote, int? FirstNoteNumber);

/// <summary>Computes positions over citations in document order (CSL 1.0.2 "Position").</summary>
internal static class Positions
{
    public static List<CitePosition[]> Compute(IReadOnlyList<Citation> citations, int nearNoteDistance)
    {
        var result = new List<CitePosition[]>();
        var firstNote = new Dictionary<string, int>();
        var lastNote = new Dictionary<string, int>();
        var lastCitation = new List<CiteItem>();
        var previousNoteCites = new List<CiteItem>();
        var previousNote = -1;
        foreach (var citation in citations)
        {
            // What a citation's first cite follows: the citation before it in the same note, or else the whole note
            // before (an ibid must refer to a note that cites one item only).
            var previous = citation.NoteIndex > 0 && citation.NoteIndex != previousNote ? previousNoteCites : lastCitation;
            var positions = new CitePosition[citation.Items.Count];
            for (var i = 0; i < citation.Items.Count; i++)
            {
                var cite = citation.Items[i];
                string position;
                bool near = false;
                int? first = null;
                if (!firstNote.TryGetValue(cite.Id, out var firstNumber))
                {
                    position = "first";
                    firstNote[cite.Id] = citation.NoteIndex;
                }
                else
                {
                    first = firstNumber;
                    CiteItem? before = i > 0 ? citation.Items[i - 1] : previous.Count == 1 ? previous[0] : null;
                    if (before is not null && before.Id == cite.Id)
                    {
                        position = cite.Locator is null
                            ? (before.Locator is null ? "ibid" : "subsequent")
                            : (cite.Locator == before.Locator && cite.Label == before.Label ? "ibid" : "ibid-with-locator");
                    }
                    else
                    {
                        position = "subsequent";
                    }

                    near = lastNote.TryGetValue(cite.Id, out var last) && citation.NoteIndex - last <= nearNoteDistance;
                }

                lastNote[cite.Id] = citation.NoteIndex;
                positions[i] = new CitePosition(position, near, first);
            }

            result.Add(positions);

            previousNoteCites = citation.NoteIndex > 0 && citation.NoteIndex == previousNote ? previousNoteCites.Concat(citation.Items).ToList() : citation.Items.ToList();
            lastCitation = citation.Items.ToList();
            previousNote = citation.NoteIndex;
        }

        return result;
    }
}

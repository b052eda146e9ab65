using System.Collections.Generic;

namespace DocGen.Csl;

/// <summary>A citation (a cluster of cites) at a place in the document; NoteIndex is its footnote number, 0 in the text.</summary>
public sealed record Citation(IReadOnlyList<CiteItem> Items, int NoteIndex);

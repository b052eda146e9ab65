using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>Splits a citation line into title, date, online archive, archival references, credits and URL.</summary>
public static class CitationParser
{
    public static CitationParts Parse(string text) =>
        new(text, null, default, null, default, null, default, null, default, EquatableArray<ArchivalReferenceInfo>.Empty, null, null, default);
}

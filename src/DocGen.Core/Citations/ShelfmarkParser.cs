using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>Splits the source part of a citation into archival references and each reference into its locators.</summary>
public static class ShelfmarkParser
{
    public static EquatableArray<ArchivalReferenceInfo> Parse(string sourceText) => EquatableArray<ArchivalReferenceInfo>.Empty;
}

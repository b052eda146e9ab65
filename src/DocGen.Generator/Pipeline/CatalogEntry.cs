using DocGen.Core.Dates;

namespace DocGen.Generator.Pipeline;

/// <summary>One document as the catalog lists it, with its final, unique member name.</summary>
public sealed record CatalogEntry(string Path, string Id, string MemberName, string Title, string DateText, DatePoint DateStart, DatePoint DateEnd);

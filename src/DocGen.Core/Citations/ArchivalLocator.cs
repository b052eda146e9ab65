namespace DocGen.Core.Citations;

/// <summary>
/// One locator of a shelfmark, e.g. "f. 45": <see cref="Label"/> as written ("f."), <see cref="Kind"/>
/// normalised ("fond"; "" when the part has no label, like "B 136/59748"), and <see cref="Value"/> ("45").
/// </summary>
public sealed record ArchivalLocator(string Label, string Kind, string Value);

using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>
/// One archival reference of a citation ("APRF, f. 45, op. 1, d. 339, ll. 17-18"). <see cref="Raw"/> is always the
/// text as written. When it is a recognisable shelfmark, <see cref="Repository"/> is the repository ("APRF") and
/// <see cref="Locators"/> its parts in order; otherwise (a book, a free-text description) both are empty.
/// </summary>
public sealed record ArchivalReferenceInfo(string Raw, string? Repository, EquatableArray<ArchivalLocator> Locators)
{
    public bool IsShelfmark => Repository is not null && !Locators.IsEmpty;
}

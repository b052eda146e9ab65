using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// One archival reference named by a citation, such as "APRF, f. 45, op. 1, d. 339, ll. 17-18". A reference that is
/// not a recognisable shelfmark (a book, a free-text description) has only its <see cref="Raw"/> text.
/// </summary>
public sealed class ArchivalReference
{
    /// <summary>Creates a reference.</summary>
    public ArchivalReference(string raw, string? repository, IReadOnlyList<ArchivalLocator> locators)
    {
        Raw = raw;
        Repository = repository;
        Locators = ReadOnly.List(locators);
    }

    /// <summary>The reference exactly as the citation writes it.</summary>
    public string Raw { get; }

    /// <summary>The holding repository ("APRF", "RGASPI", "NARA"), or null when the reference is not a shelfmark.</summary>
    public string? Repository { get; }

    /// <summary>The shelfmark's parts in order (fond, opis, delo, list ...); empty when it is not a shelfmark.</summary>
    public IReadOnlyList<ArchivalLocator> Locators { get; }

    /// <summary>Whether the reference was recognised as a repository plus locators.</summary>
    public bool IsShelfmark => Repository is not null && Locators.Count > 0;

    /// <summary>The reference as written.</summary>
    public override string ToString() => Raw;
}

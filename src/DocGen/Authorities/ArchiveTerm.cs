using System.Collections.Generic;

namespace DocGen;

/// <summary>An abbreviation of a published volume's terms list and its expansion: "ROK", "Republic of Korea (South Korea)".</summary>
public sealed class ArchiveTerm
{
    /// <summary>Creates a term.</summary>
    public ArchiveTerm(string id, string abbreviation, string expansion, IReadOnlyList<string> seeAlso)
    {
        Id = id;
        Abbreviation = abbreviation;
        Expansion = expansion;
        SeeAlso = seeAlso;
    }

    /// <summary>The list entry's id in its volume ("t_ROK1").</summary>
    public string Id { get; }

    /// <summary>The abbreviation as written ("ROK").</summary>
    public string Abbreviation { get; }

    /// <summary>The rest of the entry: what the abbreviation stands for.</summary>
    public string Expansion { get; }

    /// <summary>The ids of the entries this one sends the reader to with "see".</summary>
    public IReadOnlyList<string> SeeAlso { get; }

    /// <summary>The abbreviation.</summary>
    public override string ToString() => Abbreviation;
}

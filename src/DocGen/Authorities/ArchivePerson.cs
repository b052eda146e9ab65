using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// A person of a published volume's persons list, as the volume prints it: e.g. "Kissinger, Henry A.", "Assistant to
/// the President for National Security Affairs". Ids are the volume's own (FRUS ids are not unique across volumes).
/// </summary>
public sealed class ArchivePerson
{
    /// <summary>Creates a person.</summary>
    public ArchivePerson(string id, string name, string description, IReadOnlyList<string> seeAlso)
    {
        Id = id;
        Name = name;
        Description = description;
        SeeAlso = seeAlso;
    }

    /// <summary>The list entry's id in its volume ("p_KHA1").</summary>
    public string Id { get; }

    /// <summary>The name as the list writes it ("Kissinger, Henry A.", "Park Chung Hee (Pak Chong-hui)").</summary>
    public string Name { get; }

    /// <summary>The rest of the entry: offices and dates ("General, USA, Commander ..."); empty when the list gives none.</summary>
    public string Description { get; }

    /// <summary>The ids of the entries this one sends the reader to with "see" (other spellings of the same person).</summary>
    public IReadOnlyList<string> SeeAlso { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats.People;

/// <summary>A user's authority file as read: its entries in file order (the bad ones left out) and the problems found.</summary>
public sealed record PeopleFile(EquatableArray<PeopleEntry> Entries, EquatableArray<ParseProblem> Problems)
{
    /// <summary>The ending that makes an AdditionalFile an authority file ("people.txt", "korea.people.txt").</summary>
    public const string Ending = "people.txt";

    /// <summary>The first line every authority file starts with: the format's name and version.</summary>
    public const string Header = "DocGen people 1";

    /// <summary>Whether <paramref name="path"/> names an authority file: its name is "people.txt" or ends with ".people.txt".</summary>
    public static bool Is(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.Equals(Ending, System.StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("." + Ending, System.StringComparison.OrdinalIgnoreCase);
    }
}

using System.Linq;
using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// Writes a parsed reference as one line ("APRF: f./fond/45 | op./opis/1") so theories can state every repository,
/// label, kind and value exactly in one string. A reference that is not a shelfmark reads "(none)".
/// </summary>
internal static class ReferenceText
{
    public static string Of(ArchivalReferenceInfo reference) =>
        reference.Repository is null
            ? "(none)"
            : reference.Repository + ": " + string.Join(" | ", reference.Locators.Select(l => $"{l.Label}/{l.Kind}/{l.Value}"));

    public static string[] All(DocGen.Core.Model.EquatableArray<ArchivalReferenceInfo> references) =>
        references.Select(Of).ToArray();
}

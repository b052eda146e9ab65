using System.Globalization;
using System.Text;
using DocGen.Csl.Data;

namespace DocGen.Csl.Render;

/// <summary>A citation-label made from the item when it has none: four letters of one author's family name, two
/// of each of two or three, one of each of the first four of more, then the year's last two digits ("Doe65", "RoNo78").</summary>
internal static class CitationLabel
{
    private static readonly string[] NameVariables = { "author", "editor", "translator", "composer", "director" };

    public static string? Generate(CslItem item)
    {
        var builder = new StringBuilder();
        foreach (var variable in NameVariables)
        {
            if (item.GetNames(variable) is not { } names)
            {
                continue;
            }

            var count = names.Count > 4 ? 4 : names.Count;
            var letters = count == 1 ? 4 : count == 4 ? 1 : 2;
            for (var i = 0; i < count; i++)
            {
                var family = names[i].Family ?? names[i].Literal ?? string.Empty;
                builder.Append(family.Length > letters ? family.Substring(0, letters) : family);
            }

            break;
        }

        if (item.GetDate("issued") is { Points.Length: > 0 } date && date.Start.Year != 0)
        {
            builder.Append((System.Math.Abs(date.Start.Year) % 100).ToString("00", CultureInfo.InvariantCulture));
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}

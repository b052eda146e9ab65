using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace DocGen.Csl.Data;

/// <summary>
/// Variables written into an item's note, as Zotero exports those it has no field for: a line "name: value" or an
/// inline "{:name: value}". They fill only variables the item lacks; names written this way are not read.
/// </summary>
internal static class NoteFields
{
    private static readonly Regex Field = new(@"(?:^|\n)\s*([a-z][a-z-]*):\s*([^\n]+)|\{:([a-z][a-z-]*):\s*([^}]+)\}", RegexOptions.CultureInvariant);

    public static void Read(string note, Dictionary<string, string> variables, Dictionary<string, CslDate> dates)
    {
        foreach (Match match in Field.Matches(note))
        {
            var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[3].Value;
            var value = (match.Groups[1].Success ? match.Groups[2].Value : match.Groups[4].Value).Trim();
            if (DateReader.IsDateVariable(name))
            {
                if (!dates.ContainsKey(name))
                {
                    dates[name] = DateReader.ReadRaw(value);
                }
            }
            else if (!variables.ContainsKey(name) && name != "id" && name != "type")
            {
                variables[name] = value;
            }
        }
    }
}

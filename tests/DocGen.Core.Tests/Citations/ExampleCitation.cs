using System;
using System.IO;
using DocGen.Core.Citations;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// Reads the citation paragraph of a shared example in place: the lines after <c>**Citation:**</c> (skipping the
/// blank line that follows the heading) up to the next blank line, joined by single spaces.
/// </summary>
internal static class ExampleCitation
{
    public static string? Read(string? folder, string file)
    {
        var lines = File.ReadAllLines(SharedData.Path(folder, file));
        var i = Array.FindIndex(lines, l => l.Trim() == "**Citation:**");
        if (i < 0)
        {
            return null;
        }

        for (i++; i < lines.Length && lines[i].Trim().Length == 0; i++)
        {
        }

        var paragraph = new System.Collections.Generic.List<string>();
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            paragraph.Add(lines[i].Trim());
        }

        return string.Join(" ", paragraph);
    }

    public static CitationParts Parse(string file) =>
        CitationParser.Parse(Read(SharedData.Examples, file) ?? throw new InvalidOperationException($"{file} has no citation"));
}

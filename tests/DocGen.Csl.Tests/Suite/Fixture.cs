using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace DocGen.Csl.Tests.Suite;

/// <summary>One processor-test fixture: its sections, read as citeproc-test-runner reads them (SOURCES.md).</summary>
internal sealed class Fixture
{
    private static readonly Regex Open = new(@"^>>=+\s*([A-Z-]+)\s*=+>>\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Close = new(@"^<<=+\s*([A-Z-]+)\s*=+<<\s*$", RegexOptions.CultureInvariant);

    private Fixture(string name, IReadOnlyDictionary<string, string> sections)
    {
        Name = name;
        Sections = sections;
    }

    public string Name { get; }

    /// <summary>The file-name prefix before the first underscore.</summary>
    public string Category => Name.Substring(0, Math.Max(0, Name.IndexOf('_')));

    public IReadOnlyDictionary<string, string> Sections { get; }

    public string Mode => Section("MODE")?.Trim() ?? "citation";

    public string Result => Section("RESULT") ?? string.Empty;

    public string? Section(string name) => Sections.TryGetValue(name, out var text) ? text : null;

    public static Fixture Read(string path)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var lines = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (current is null)
            {
                var open = Open.Match(line);
                if (open.Success)
                {
                    current = open.Groups[1].Value;
                    lines.Clear();
                }

                continue;
            }

            var close = Close.Match(line);
            if (close.Success && close.Groups[1].Value == current)
            {
                sections[current] = string.Join("\n", lines);
                current = null;
                continue;
            }

            lines.Add(line);
        }

        return new Fixture(Path.GetFileNameWithoutExtension(path), sections);
    }
}

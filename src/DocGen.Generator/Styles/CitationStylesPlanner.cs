using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Core.Text;
using DocGen.Csl.Checking;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Naming;

namespace DocGen.Generator.Styles;

/// <summary>
/// Checks every CSL file (DocGen.Csl's StyleChecker does the checking; this only places and names) and names the
/// usable ones by the project's identifier rules: "historical-journal.csl" is HistoricalJournal, "locales-de-DE.xml" DeDe.
/// A file with a problem is left out; two files with one name keep the first in path order.
/// </summary>
public static class CitationStylesPlanner
{
    public static CitationStylesPlan Plan(ImmutableArray<CslFileInput> files, string ns, string accessibility, bool nullable)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<DiagnosticInfo>();
        var locales = Members(ordered.Where(f => CslFiles.IsLocale(f.Path)), f => StyleChecker.CheckLocale(f.Text), f => CslFiles.LocaleTag(f.Path), diagnostics);
        var tags = new HashSet<string>(ordered.Where(f => CslFiles.IsLocale(f.Path)).Select(f => CslFiles.LocaleTag(f.Path)), StringComparer.Ordinal) { "en-US" };
        var styles = Members(ordered.Where(f => CslFiles.IsStyle(f.Path)), f => StyleChecker.CheckStyle(f.Text, tags.Contains), f => System.IO.Path.GetFileNameWithoutExtension(f.Path), diagnostics);
        return new CitationStylesPlan(ns, accessibility, nullable, styles.ToEquatableArray(), locales.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static List<CslMember> Members(IEnumerable<CslFileInput> files, Func<CslFileInput, IReadOnlyList<StyleProblem>> check, Func<CslFileInput, string> baseName, List<DiagnosticInfo> diagnostics)
    {
        var members = new List<CslMember>();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var problems = check(file);
            foreach (var problem in problems)
            {
                diagnostics.Add(DiagnosticInfo.Create("DG" + ((int)problem.Kind).ToString("0000", System.Globalization.CultureInfo.InvariantCulture), file.Path, Span(file.Text, problem.Line, problem.Column), problem.Message));
            }

            if (problems.Count > 0)
            {
                continue;
            }

            var name = IdentifierBuilder.FromTitle(baseName(file), file.Path);
            if (taken.TryGetValue(name, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CslNameCollision.Id, file.Path, default, name, first));
                continue;
            }

            taken[name] = file.Path;
            members.Add(new CslMember(name, file.Path, file.Text));
        }

        return members;
    }

    /// <summary>An empty span at a 1-based line and column of the text (one pass up to that line).</summary>
    private static SourceSpan Span(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < text.Length; offset++)
        {
            if (text[offset] == '\n')
            {
                l++;
            }
        }

        offset = Math.Min(offset + column - 1, text.Length);
        return new SourceSpan(offset, 0, line - 1, column - 1, line - 1, column - 1);
    }
}

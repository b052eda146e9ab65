using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// What a build would report for a snapshot's files: the generator's diagnostics and those of DocGen's analyzers
/// (each file's own problems come from ArchiveDocumentAnalyzer, not the generator), as one list in a fixed order.
/// </summary>
public static class SnapshotDiagnostics
{
    /// <summary>The analyzers DocGen ships beside the generator.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> ArchiveAnalyzers => ImmutableArray.Create<DiagnosticAnalyzer>(new ArchiveDocumentAnalyzer(), new DocumentIdAnalyzer());

    /// <summary>
    /// Runs the generator, then the analyzers over its output with the same files and options, and returns both
    /// runs' diagnostics together with the generator's result and the compilation it produced.
    /// </summary>
    public static (GeneratorDriverRunResult Result, IReadOnlyList<Diagnostic> Diagnostics, Compilation Output) Run(
        IEnumerable<AdditionalText> files,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
    {
        var texts = files.ToList();
        var global = globalOptions ?? GeneratorHarness.ConsumerOptions;
        var (_, result, output) = GeneratorHarness.Run(texts, global, fileOptions);
        var analyzed = GeneratorHarness.Analyze(output, texts, ArchiveAnalyzers, global, fileOptions);
        return (result, result.Diagnostics.Concat(analyzed).ToList(), output);
    }

    /// <summary>
    /// One line a diagnostic, <c>id severity path(line,column,endLine,endColumn): message</c> (1-based, as the
    /// compiler writes spans), ordered by path, position, id and message, so the text never depends on which
    /// analyzer or thread reported first. Invisible characters a message quotes (a bidi override in a title) are
    /// written as <c>\uXXXX</c>, as generated code writes them: a snapshot must read the same in any viewer.
    /// </summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan(), Message: Visible(d.GetMessage(CultureInfo.InvariantCulture))))
            .OrderBy(d => d.Span.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLinePosition)
            .ThenBy(d => d.Span.EndLinePosition)
            .ThenBy(d => d.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Select(d => d.Diagnostic.Id + " " + d.Diagnostic.Severity.ToString().ToLowerInvariant() + " " + d.Span.Path
                + "(" + (d.Span.StartLinePosition.Line + 1) + "," + (d.Span.StartLinePosition.Character + 1) + ","
                + (d.Span.EndLinePosition.Line + 1) + "," + (d.Span.EndLinePosition.Character + 1) + "): " + d.Message)
            .ToList();
        return lines.Count == 0 ? "(no diagnostics)\n" : string.Concat(lines.Select(line => line + "\n"));
    }

    private static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CSharpLiteral.MustEscape(c))
            {
                CSharpLiteral.AppendEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

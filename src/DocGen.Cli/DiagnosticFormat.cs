using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DocGen.Cli;

/// <summary>Writes a diagnostic the way MSBuild does, so editors and CI logs link it to the file and line.</summary>
public static class DiagnosticFormat
{
    /// <summary>The diagnostic's severity after the options: warnings become errors with --warnings-as-errors.</summary>
    public static DiagnosticSeverity Severity(Diagnostic diagnostic, bool warningsAsErrors) =>
        warningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : diagnostic.Severity;

    /// <summary>
    /// <c>path(line,column): severity id: message</c> with 1-based line and column, or <c>docgen : severity id: message</c>
    /// for a diagnostic about the options rather than a file.
    /// </summary>
    public static string Format(Diagnostic diagnostic, bool warningsAsErrors)
    {
        var severity = Word(Severity(diagnostic, warningsAsErrors));
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            return "docgen : " + severity + " " + diagnostic.Id + ": " + message;
        }

        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", span.Path, start.Line + 1, start.Character + 1, severity, diagnostic.Id, message);
    }

    private static string Word(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}

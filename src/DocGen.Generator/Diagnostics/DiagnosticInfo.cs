using DocGen.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain values (no <see cref="Location"/> or <see cref="Diagnostic"/>, which compare by reference),
/// so pipeline steps that carry diagnostics stay cacheable.
/// </summary>
public sealed record DiagnosticInfo(string Id, string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        // An empty path is a project-wide diagnostic (an MSBuild option), which has no place in any file.
        var location = Path.Length == 0 ? Location.None : Location.Create(
            Path,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageText.Visible(Arguments[i]);
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), location, args);
    }

    public static DiagnosticInfo Create(string id, string path, Core.Text.SourceSpan span, params string[] arguments) =>
        new(id, path, span.Start, span.Length, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, arguments.ToEquatableArray());
}

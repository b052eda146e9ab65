using System.Linq;
using System.Threading;
using DocGen.Core.Formats.People;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.People;

/// <summary>A user's authority file as read: its entries and its problems as diagnostics located in the file.</summary>
public sealed record PeopleReading(string Path, EquatableArray<PeopleEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Reads an authority file; the reader never throws on any text.</summary>
    public static PeopleReading Read(AdditionalText file, CancellationToken cancellationToken)
    {
        return Read(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
    }

    /// <summary>Reads an authority file's text: the same step outside a build (the <c>docgen</c> tool).</summary>
    public static PeopleReading Read(string path, string text)
    {
        var read = PeopleFileReader.Read(text);
        return new PeopleReading(path, read.Entries, read.Problems.Select(problem => ProblemDiagnostics.ToInfo(problem, path, null)).ToEquatableArray());
    }
}

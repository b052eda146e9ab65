using System;
using DocGen.Core.Model;
using System.Collections.Generic;
using DocGen.Core.Formats;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Analyzers;

/// <summary>
/// The check of one archive file, shared by the live analyzer and the <c>docgen</c> command-line tool so that both
/// report exactly the same problems: read the text, report each problem at its span, and hand over the file's
/// shelfmarks for the cross-file check (<see cref="ShelfmarkClaims"/>).
/// </summary>
public static class ArchiveFileCheck
{
    /// <summary>Reads the file with the format that accepts it, and reports each of its documents.</summary>
    public static IReadOnlyList<ParsedDocument> Run(string path, string text, int maxLength, DocumentReaders readers, string? projectDirectory, Action<DiagnosticInfo> report, Action<ShelfmarkClaim> claim)
    {
        var documents = readers.Read(path, text, maxLength);
        foreach (var document in documents)
        {
            Report(document, projectDirectory, report, claim);
        }

        return documents;
    }

    /// <summary>Reports the problems and hands over the shelfmarks of a document already parsed.</summary>
    /// <param name="projectDirectory">The folder paths in exclude advice are written relative to (null: as they are).</param>
    public static ParsedDocument Report(ParsedDocument document, string? projectDirectory, Action<DiagnosticInfo> report, Action<ShelfmarkClaim> claim)
    {
        var path = document.Path;
        foreach (var problem in document.Problems)
        {
            report(ProblemDiagnostics.ToInfo(problem, path, projectDirectory));
        }

        for (var i = 0; i < document.Sources.Count; i++)
        {
            var source = document.Sources[i];
            if (source.IsShelfmark)
            {
                var span = i < document.SourceSpans.Count && document.SourceSpans[i] != default ? document.SourceSpans[i] : document.CitationSpan;
                claim(new ShelfmarkClaim(ShelfmarkClaims.Key(source.Raw), source.Raw, path, span));
            }
        }

        return document;
    }
}

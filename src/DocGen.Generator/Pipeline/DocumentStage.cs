using System;
using System.Threading;
using DocGen.Core.Model;
using DocGen.Core.Parsing;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Pipeline;

/// <summary>The per-file steps: read an additional file's text, then parse it. Neither ever throws.</summary>
public static class DocumentStage
{
    public static DocumentInput? Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
    {
        var options = FileOptions.From(pair.Options.GetOptions(pair.File));
        if (!options.Counts(pair.File.Path))
        {
            return null;
        }

        var text = pair.File.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new DocumentInput(pair.File.Path, text, options.MemberName, ArchiveSettings.From(pair.Options.GlobalOptions).MaxLength);
    }

    public static ParsedInput Parse(DocumentInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // The document's own problems are the analyzer's to report (live in the editor, never twice).
            var document = ArchiveDocumentParser.Parse(input.Path, input.Text, input.MaxLength);
            return new ParsedInput(document, input.MemberNameOverride, EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug must cost one document, never the whole archive's output (an exception here is CS8785).
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, input.Path, default, exception.GetType().Name + ": " + exception.Message);
            return new ParsedInput(ParsedDocument.Unusable(input.Path), input.MemberNameOverride, new[] { info }.ToEquatableArray());
        }
    }
}

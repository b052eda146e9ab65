using System;
using System.Text;
using System.Threading;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Options;
using DocGen.Generator.Sharing;
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

        var source = pair.File.GetText(cancellationToken);
        var text = SharedParse.TextOf(source);

        // A file the compiler could not read as UTF-8 is left out (the analyzer reports it, DG0035: TextCheck).
        if (TextCheck.Check(pair.File.Path, source, text, null) is not null)
        {
            return null;
        }

        // Slices of the embedded file match the text only if the runtime decodes the bytes the same way: UTF-8, which
        // the text now is, unless it came with another byte order mark. Otherwise every string stays a literal.
        var resource = ResourceNames.IsValid(options.ResourceName) && source?.Encoding is UTF8Encoding ? options.ResourceName : null;
        return new DocumentInput(pair.File.Path, text, options.MemberName, ArchiveSettings.From(pair.Options.GlobalOptions).MaxLength, resource);
    }

    // The document's own problems are the analyzer's to report (live in the editor, never twice); in a build the
    // analyzer reuses this parse (SharedParse).
    public static ParsedInput Parse(DocumentInput input, CancellationToken cancellationToken) => Parse(input, SharedParse.Parse, cancellationToken);

    /// <summary>The same with the parser passed in, so a test can make it throw: no known input does.</summary>
    internal static ParsedInput Parse(DocumentInput input, Func<string, string, int, ParsedDocument> parse, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var document = parse(input.Path, input.Text, input.MaxLength);
            return new ParsedInput(document, input.MemberNameOverride, EquatableArray<DiagnosticInfo>.Empty, Embedded(input));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug must cost one document, never the whole archive's output (an exception here is CS8785).
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, input.Path, default, exception.GetType().Name + ": " + exception.Message);
            return new ParsedInput(ParsedDocument.Unusable(input.Path), input.MemberNameOverride, new[] { info }.ToEquatableArray(), null);
        }
    }

    private static EmbeddedFile? Embedded(DocumentInput input) =>
        input.ResourceName is null ? null : new EmbeddedFile(input.ResourceName, input.Text);
}

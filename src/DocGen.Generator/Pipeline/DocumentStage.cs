using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using DocGen.Core.Formats;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Options;
using DocGen.Generator.Sharing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The per-file steps: read an additional file's text, then read its documents with the format that accepts it.
/// Neither ever throws.
/// </summary>
public static class DocumentStage
{
    public static DocumentInput? Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, DocumentReaders readers, CancellationToken cancellationToken)
    {
        var options = FileOptions.From(pair.Options.GetOptions(pair.File));
        if (!options.Counts(pair.File.Path, readers))
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
        return new DocumentInput(pair.File.Path, text, options.MemberName, ArchiveSettings.From(pair.Options.GlobalOptions).MaxLength, resource)
        {
            Folders = ArchiveFolder.CollectionsOf(pair.File.Path, options, pair.Options.GlobalOptions).ToEquatableArray(),
        };
    }

    // The document's own problems are the analyzer's to report (live in the editor, never twice); in a build the
    // analyzer reuses this parse (SharedParse).
    public static ImmutableArray<ParsedInput> Parse(DocumentInput input, DocumentReaders readers, CancellationToken cancellationToken) =>
        Parse(input, (path, text, maxLength) => SharedParse.Parse(path, text, maxLength, readers), cancellationToken);

    /// <summary>
    /// The same with the reading passed in, so a test can make it throw: no known input does. A file of many documents
    /// gives each its part (its place in the file), so each goes through the rest of the pipeline, and is cached, alone.
    /// </summary>
    internal static ImmutableArray<ParsedInput> Parse(DocumentInput input, Func<string, string, int, IReadOnlyList<ParsedDocument>> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Inputs(read(input.Path, input.Text, input.MaxLength), input.MemberNameOverride, input.ResourceName is null ? null : input.Text, input.ResourceName, input.Folders, input.Path);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug must cost one file, never the whole archive's output (an exception here is CS8785).
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, input.Path, default, exception.GetType().Name + ": " + exception.Message);
            return ImmutableArray.Create(new ParsedInput(ParsedDocument.Unusable(input.Path), input.MemberNameOverride, new[] { info }.ToEquatableArray(), null));
        }
    }

    /// <summary>
    /// One file's documents as pipeline items: a file of many numbers them (its parts, from 1) so each has an address
    /// of its own, and is a collection of its own inside its folders', named by its volume's id when it is a published
    /// volume (so a volume of one document is one too), else by the file's name. A member-name override names one
    /// document, so it applies to none of a file's many. When the file is embedded (<paramref name="resourceName"/>),
    /// each document holds only its own range of <paramref name="text"/> (<see cref="ParsedDocument.Range"/>), so that
    /// slicing its strings costs its own size, and an edit to another document of the file leaves it equal.
    /// </summary>
    public static ImmutableArray<ParsedInput> Inputs(
        IReadOnlyList<ParsedDocument> documents, string? memberNameOverride, string? text, string? resourceName, EquatableArray<string> folders, string path)
    {
        var volume = documents.Count > 0 ? documents[0].Volume : null;
        if (documents.Count == 1 && volume is null)
        {
            return ImmutableArray.Create(Input(documents[0], memberNameOverride, text, resourceName, 0, null) with { Collection = folders });
        }

        var collection = folders.Concat(new[] { volume?.Id ?? System.IO.Path.GetFileNameWithoutExtension(path) }).ToEquatableArray();
        var result = ImmutableArray.CreateBuilder<ParsedInput>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var next = i + 1 < documents.Count ? documents[i + 1].Range : null;
            result.Add(Input(documents[i], null, text, resourceName, i + 1, next) with { Part = (i + 1).ToString(CultureInfo.InvariantCulture), Collection = collection });
        }

        return result.MoveToImmutable();
    }

    /// <param name="next">The range of the document the reader read next, which starts after this one's start.</param>
    private static ParsedInput Input(ParsedDocument document, string? memberNameOverride, string? text, string? resourceName, int part, DocGen.Core.Citations.TextRange? next)
    {
        if (text is null || resourceName is null)
        {
            return new ParsedInput(document, memberNameOverride, EquatableArray<DiagnosticInfo>.Empty, null);
        }

        if (document.Range is not { } range)
        {
            return new ParsedInput(document, memberNameOverride, EquatableArray<DiagnosticInfo>.Empty, new EmbeddedFile(resourceName, text, 0));
        }

        // A range the reader got wrong (never expected) is clamped into the file: strings outside it are pooled.
        var start = Math.Min(Math.Max(0, range.Start), text.Length);
        var length = Math.Min(Math.Max(0, range.Length), text.Length - start);

        // A document div nested in this one (an attachment with an id of its own) is that document's text: the range
        // stops where it starts, so no text is held twice and 400 nested divs cost the file's length, not its square.
        // Strings after the nested div are pooled.
        if (next is { } inner && inner.Start > start && inner.Start < start + length)
        {
            length = inner.Start - start;
        }
        var embedded = new EmbeddedFile(resourceName, text.Substring(start, length), part);
        return new ParsedInput(document, memberNameOverride, EquatableArray<DiagnosticInfo>.Empty, embedded) { FileStart = start, FileLength = text.Length };
    }
}

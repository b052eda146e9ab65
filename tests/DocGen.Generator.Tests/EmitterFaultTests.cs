using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// Fault injection: a bug while one document's code is written must cost that document only (DG0014 naming its
/// file), never the generator's whole output (CS8785).
/// </summary>
public class EmitterFaultTests
{
    private static readonly (string Path, string Text, string Member)[] Files =
    {
        ("/archive/telegram.md", TestDocuments.Telegram, "Alpha"),
        ("/archive/memo.md", TestDocuments.Memo, "Beta"),
        ("/archive/report.md", TestDocuments.Report, "Gamma"),
    };

    [Fact]
    public void AnExceptionWhileWritingOneDocumentBecomesDG0014AndTheOthersStillWork()
    {
        var shard = Shard();

        var source = DocumentEmitter.Emit(shard, (g, model, pool, code) =>
            model.Slot == 1 ? throw new InvalidOperationException("injected fault") : DocumentEmitter.WriteDocument(g, model, pool, code));

        var diagnostic = Assert.Single(source.Diagnostics).ToDiagnostic();
        Assert.Equal(DiagnosticDescriptors.InternalError.Id, diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/archive/memo.md", diagnostic.Location.GetLineSpan().Path);

        // The whole document failed, so the diagnostic sits at the start of its file.
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePositionSpan(default, default), diagnostic.Location.GetLineSpan().Span);
        Assert.Equal(
            "DocGen could not process this document (while writing its code, InvalidOperationException: injected fault); it is left out and the rest of the archive still generates. Please report this with the file",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var output = GeneratorHarness.Compilation(source.Text);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var assembly = Load(output);
        Assert.Equal(Parse(0).Title, Document(assembly, "Alpha").Title);
        Assert.Equal(Parse(2).Title, Document(assembly, "Gamma").Title);
        var failure = Assert.Throws<TargetInvocationException>(() => Document(assembly, "Beta"));
        Assert.Contains("DG0014", Assert.IsType<InvalidOperationException>(failure.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatAFailingDocumentWroteBeforeItsFaultIsUndone()
    {
        // The classes share one writer: half a class left there would break the whole file (and its indentation the rest).
        var source = DocumentEmitter.Emit(Shard(), (g, model, pool, code) =>
        {
            if (model.Slot != 1)
            {
                return DocumentEmitter.WriteDocument(g, model, pool, code);
            }

            code.Open("public static class HalfWritten");
            code.Line("this is not C# (");
            throw new InvalidOperationException("injected fault");
        });

        Assert.Equal(DiagnosticDescriptors.InternalError.Id, Assert.Single(source.Diagnostics).ToDiagnostic().Id);
        Assert.DoesNotContain("HalfWritten", source.Text, StringComparison.Ordinal);
        Assert.Matches("\n    [a-z]+ static class GammaConstants\n", source.Text);
        var output = GeneratorHarness.Compilation(source.Text);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var assembly = Load(output);
        Assert.Equal(Parse(2).Title, Document(assembly, "Gamma").Title);
        Assert.Throws<TargetInvocationException>(() => Document(assembly, "Beta"));
    }

    [Fact]
    public void WithoutAFaultEveryDocumentIsWrittenAndNothingIsReported()
    {
        var source = DocumentEmitter.Emit(Shard());

        Assert.Empty(source.Diagnostics);
        var assembly = Load(GeneratorHarness.Compilation(source.Text));
        Assert.Equal(Parse(1).Title, Document(assembly, "Beta").Title);
    }

    private static ShardModel Shard()
    {
        var models = Files
            .Select((file, slot) => new DocumentModel(file.Member, slot, file.Path, Parse(slot) with { Path = string.Empty }, null))
            .ToEquatableArray();
        return new ShardModel(5, "Archive.Documents05.g.cs", "Consumer.ArchiveDocuments", Nullable: true, Utf8Literals: true, DocumentMembers: true, DocGen.Generator.Styles.ConstantStyle.Default, models);
    }

    private static ParsedDocument Parse(int slot) => ArchiveDocumentParser.Parse(Files[slot].Path, Files[slot].Text);

    private static Assembly Load(Microsoft.CodeAnalysis.Compilation output)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("fault-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    private static DocGen.ArchiveDocument Document(Assembly assembly, string member) =>
        (DocGen.ArchiveDocument)assembly.GetType("Consumer.ArchiveDocuments." + member + "Constants")!.GetProperty("Document")!.GetValue(null)!;
}

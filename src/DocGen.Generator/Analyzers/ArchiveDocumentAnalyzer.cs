using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using DocGen.Core.Formats;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Options;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Sharing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Analyzers;

/// <summary>
/// Reports every problem of every archive document, at its exact span, live in the editor as well as in the build
/// (diagnostics a generator reports on additional files do not show live). It runs the same parser, with the same
/// settings, as the generator, which reports only what changes what it generates.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArchiveDocumentAnalyzer : DiagnosticAnalyzer
{
    // Every problem a reader can find (one list: ProblemDiagnostics), and the analyzer's own.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ProblemDiagnostics.All
        .Concat(new[] { DiagnosticDescriptors.DuplicateShelfmark, DiagnosticDescriptors.InternalError, DiagnosticDescriptors.InvalidUtf8 })
        .Distinct()
        .ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var settings = ArchiveSettings.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var shelfmarks = new ConcurrentBag<ShelfmarkClaim>();
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, settings, shelfmarks));
            start.RegisterCompilationEndAction(end => ShelfmarkClaims.Report(shelfmarks, end.ReportDiagnostic));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, ArchiveSettings settings, ConcurrentBag<ShelfmarkClaim> shelfmarks)
    {
        var file = context.AdditionalFile;
        if (!FileOptions.From(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file)).Counts(file.Path, DocumentReaders.Default))
        {
            return;
        }

        var source = file.GetText(context.CancellationToken);
        var text = SharedParse.TextOf(source);
        if (TextCheck.Check(file.Path, source, text, settings.ProjectDirectory) is { } problem)
        {
            // Not parsed: its text is not what the file says (the generator leaves it out too).
            SharedParse.Forget(source);
            context.ReportDiagnostic(problem.ToDiagnostic());
            return;
        }

        foreach (var document in SharedParse.Take(file.Path, source, settings.MaxLength, DocumentReaders.Default))
        {
            ArchiveFileCheck.Report(document, settings.ProjectDirectory, info => context.ReportDiagnostic(info.ToDiagnostic()), shelfmarks.Add);
        }
    }
}

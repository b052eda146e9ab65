using DocGen.Generator.Emit;
using DocGen.Generator.Naming;
using DocGen.Generator.Options;
using DocGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator;

/// <summary>
/// Turns archive documents (AdditionalFiles) into typed code: one file per document and one catalog. Flow:
/// read text, parse to value-equal models, plan the catalog from small keys, emit. Every step is cacheable and named.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArchiveGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(DocumentStage.Read)
            .Where(input => input is not null)
            .WithTrackingName(TrackingNames.Inputs)
            .Select((input, cancellationToken) => DocumentStage.Parse(input!, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        var catalog = parsed
            .Select((input, _) => input.Key)
            .Where(key => key is not null)
            .WithTrackingName(TrackingNames.Keys)
            .Collect()
            .Combine(options)
            .Select((pair, _) => CatalogPlanner.Plan(pair.Left!, pair.Right))
            .WithTrackingName(TrackingNames.Catalog);

        var documentSources = parsed
            .Combine(catalog)
            .Select((pair, _) => pair.Right.Find(pair.Left.Document.Path) is { } entry
                ? new DocumentSourceModel(pair.Right.DocumentsNamespace, entry.MemberName, pair.Left.Content)
                : null)
            .Where(model => model is not null)
            .WithTrackingName(TrackingNames.DocumentSources);

        var documentDiagnostics = parsed
            .Select((input, _) => input.Diagnostics)
            .WithTrackingName(TrackingNames.DocumentDiagnostics);

        context.RegisterSourceOutput(documentSources, static (spc, model) => spc.AddSource(model!.HintName, DocumentEmitter.Emit(model)));
        context.RegisterSourceOutput(catalog, static (spc, plan) =>
        {
            spc.AddSource(plan.Options.CatalogName.TrimStart('@') + ".g.cs", CatalogEmitter.Emit(plan));
            foreach (var diagnostic in plan.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        context.RegisterSourceOutput(documentDiagnostics, static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}

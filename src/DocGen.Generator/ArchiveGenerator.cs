using DocGen.Core.Formats;
using DocGen.Core.Formats.People;
using DocGen.Generator.Authorities;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
using DocGen.Generator.Links;
using DocGen.Generator.Naming;
using DocGen.Generator.Options;
using DocGen.Generator.People;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Places;
using DocGen.Generator.Styles;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator;

/// <summary>
/// Turns archive documents (AdditionalFiles) into typed code: each document's record in one of at most 64 shards,
/// with a class per document unless switched off, and one catalog. Flow: read text, parse to value-equal models, plan
/// the catalog from small keys, emit. Every step is cacheable, and the steps tests watch are named.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArchiveGenerator : IIncrementalGenerator
{
    private readonly DocumentReaders _readers;

    public ArchiveGenerator()
        : this(DocumentReaders.Default)
    {
    }

    /// <summary>A generator that reads the formats given: tests add formats of their own this way.</summary>
    internal ArchiveGenerator(DocumentReaders readers) => _readers = readers;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each read of one of the context's providers is a node of its own that the driver updates on every run: for the
        // additional files, a set difference over all of them. So each is read once here.
        var compilation = context.CompilationProvider;
        var configOptions = context.AnalyzerConfigOptionsProvider;
        var additionalFiles = context.AdditionalTextsProvider;

        // Whether the compilation has spans (cheap, and equal from edit to edit), never the compilation itself.
        var hasSpan = compilation
            .Select((current, _) => SpanSupport.Of(current.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null))
            .WithTrackingName(TrackingNames.HasSpan);
        var options = configOptions
            .Combine(context.ParseOptionsProvider)
            .Combine(hasSpan)
            .Select((pair, _) => GeneratorOptions.From(pair.Left.Left, pair.Left.Right, pair.Right.HasSpan))
            .WithTrackingName(TrackingNames.Options);

        // The user's own partial class for the catalog, if any, sets the accessibility of every generated type.
        var declarations = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => CatalogDeclaration.IsCandidate(node), static (syntax, _) => CatalogDeclaration.From(syntax.Node))
            .WithTrackingName(TrackingNames.Declarations)
            .CollectAsClass();

        // Names the catalog must not take, asked of the compilation: a few strings, equal from edit to edit.
        var named = options
            .Combine(compilation)
            .Select((pair, _) =>
            {
                // The candidate names depend on the namespace as the type names leave it, so the second asks after the first.
                var typed = pair.Left with { TypeNames = ReferencedNames.Among(pair.Right, CatalogPlanner.NamespacePrefixes(pair.Left), typesOnly: true) };
                return typed with { TakenNames = ReferencedNames.Among(pair.Right, CatalogPlanner.CandidateNames(typed)) };
            })
            .Combine(declarations)
            .Select((pair, _) => pair.Left with { Accessibility = CatalogPlanner.DeclaredAccessibility(pair.Left, pair.Right.Items) })
            .WithTrackingName(TrackingNames.Names);

        // One file may hold many documents: each leaves the Parsed step as an item of its own, so an edit to one of them
        // leaves the others' items equal and everything after them cached.
        var readers = _readers;
        var inputs = additionalFiles
            .Combine(configOptions)
            .Select((pair, cancellationToken) => DocumentStage.Read(pair, readers, cancellationToken))
            .Where(input => input is not null)
            .WithTrackingName(TrackingNames.Inputs);
        var parsed = inputs
            .SelectMany((input, cancellationToken) => DocumentStage.Parse(input!, readers, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        // What the project-wide steps read of each document, collected once; each step then takes its own part.
        var facts = parsed
            .Select((input, _) => DocumentFacts.Of(input))
            .WithTrackingName(TrackingNames.Facts)
            .CollectAsClass();
        var catalog = facts
            .Select((all, _) => DocumentFacts.Keys(all))
            .WithTrackingName(TrackingNames.Keys)
            .Combine(named)
            .Select((pair, _) => CatalogPlanner.Plan(pair.Left.Items, pair.Right))
            .WithTrackingName(TrackingNames.Catalog);

        // CSL styles and locales added as AdditionalFiles: checked, then generated as typed values (Styles/).
        var cslFiles = additionalFiles
            .Where(static file => CslFiles.Is(file.Path))
            .Select(static (file, cancellationToken) => new CslFileInput(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.CslFiles);
        var styles = cslFiles
            .CollectAsClass()
            .Combine(named)
            .Select(static (pair, _) => CitationStylesPlanner.Plan(pair.Left.Items, pair.Right.Namespace, pair.Right.Accessibility, pair.Right.Nullable))
            .WithTrackingName(TrackingNames.CitationStyles);
        // The constants' style: DocGenCitationStyle, which may name one of those files (then its text is in every shard's model).
        var constantStyle = options
            .Combine(styles)
            .Select(static (pair, _) => ConstantStyleChoice.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ConstantStyle);

        // Collected, then split again into shards (DocumentShards): a file handed over twice must yield one document (only
        // the collection can see repeats), and a few dozen files cost far less than one per document. Each shard caches
        // on its own, so one edit re-emits one file.
        var allParsed = parsed.CollectAsClass();
        var documentSources = allParsed
            .Combine(catalog)
            .Combine(constantStyle)
            .SelectMany((pair, _) => ShardModels.Create(pair.Left.Left.Items, pair.Left.Right, pair.Right.Style))
            .WithTrackingName(TrackingNames.DocumentSources);

        // The tables of the files of many documents: where each document starts, one small source per file, so an edit
        // that moves the documents after it changes their file's table, never their shards.
        var fileTables = allParsed
            .Combine(catalog)
            .SelectMany((pair, _) => FileTables.Create(pair.Left.Items, pair.Right))
            .WithTrackingName(TrackingNames.FileTables);

        // A TEI volume's persons and terms lists: read per file, placed in the volume's collection class by the catalog.
        var authorities = inputs
            .Select((input, _) => AuthorityStage.Read(input!))
            .Where(reading => reading is not null)
            .WithTrackingName(TrackingNames.Authorities);
        var personLinks = facts
            .SelectEach(f => f.PersonLinks)
            .Select((links, _) => PersonLinkIndex.From(links.Items))
            .WithTrackingName(TrackingNames.PersonLinks);
        var authoritySources = authorities
            .Combine(catalog)
            .Combine(personLinks)
            .Select((pair, _) => AuthorityPlanner.Plan(pair.Left.Left!, pair.Left.Right, pair.Right))
            .Where(source => source is not null)
            .WithTrackingName(TrackingNames.AuthoritySources);

        // The project-wide people index, from the user's authority files (*.people.txt): joins only what a file says.
        var peopleFiles = additionalFiles
            .Where(static file => PeopleFile.Is(file.Path))
            .Select(static (file, cancellationToken) => PeopleReading.Read(file, cancellationToken))
            .WithTrackingName(TrackingNames.PeopleFiles);
        var namedPeople = facts
            .SelectEach(f => f.NamedPeople)
            .WithTrackingName(TrackingNames.NamedPeople);
        // Joined in two steps of at most three inputs each: deeper tuples are more value types for the driver to compile.
        var peopleInputs = peopleFiles
            .CollectAsClass()
            .Combine(authorities.CollectAsClass())
            .Combine(personLinks)
            .Select((pair, _) => new PeopleInputs(pair.Left.Left, pair.Left.Right, pair.Right));
        var people = peopleInputs
            .Combine(namedPeople)
            .Combine(catalog)
            .Select((pair, _) => PeoplePlanner.Plan(pair.Left.Left.Files.Items, pair.Left.Left.Volumes.Items, pair.Left.Left.Links, pair.Left.Right.Items, pair.Right))
            .WithTrackingName(TrackingNames.People);

        // Each collection's dateline places, from every document's: one source per collection, cached on its own.
        var placeSources = facts
            .SelectEach(f => f.PlaceLink)
            .Select((links, _) => PlaceIndex.From(links.Items))
            .WithTrackingName(TrackingNames.PlaceLinks)
            .Combine(catalog)
            .SelectMany((pair, _) => PlacePlanner.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.PlaceSources);

        // A reference to another volume of the project that lacks the document: only the whole project can tell.
        var otherVolumes = facts
            .SelectEach(f => f.OtherVolumeLinks)
            .Combine(catalog)
            .Select((pair, _) => OtherVolumeLinks.Check(pair.Left.Items, pair.Right))
            .WithTrackingName(TrackingNames.OtherVolumeLinks);

        // A page of another volume cited: each volume reports its page map, and one step resolves the cited pages into
        // a table of its own, so an edit to the cited volume never re-emits the citing volume's shards.
        var volumePages = facts
            .SelectEach(f => f.VolumePages)
            .WithTrackingName(TrackingNames.VolumePages);
        var pageLinks = facts
            .SelectEach(f => f.PageCitations)
            .Combine(volumePages)
            .Combine(catalog)
            .Select((pair, _) => PageLinkPlanner.Plan(pair.Left.Left.Items, pair.Left.Right.Items, pair.Right))
            .WithTrackingName(TrackingNames.PageLinks);

        // The reverse of every document's links, as one small file: the documents' records never depend on each other.
        var citedBy = facts
            .SelectEach(f => f.CitingLinks)
            .Combine(catalog)
            .Combine(pageLinks)
            .Select((pair, _) => CitedByPlanner.Plan(pair.Left.Left.Items, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CitedBy);

        var documentDiagnostics = parsed
            .Select((input, _) => input.Diagnostics)
            .WithTrackingName(TrackingNames.DocumentDiagnostics);

        context.RegisterSourceOutput(styles, static (spc, plan) =>
        {
            if (plan.Styles.Count + plan.Locales.Count > 0)
            {
                spc.AddSource(CitationStylesEmitter.HintName, CitationStylesEmitter.Emit(plan));
            }

            foreach (var diagnostic in plan.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(constantStyle.Select((c, _) => c.Unknown).WithTrackingName(TrackingNames.CitationStyle), CitationEmitter.ReportInvalidStyle);
        context.RegisterSourceOutput(options.Select((o, _) => o.InvalidOptions).WithTrackingName(TrackingNames.InvalidOptions), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        context.RegisterSourceOutput(documentSources, static (spc, shard) =>
        {
            var source = DocumentEmitter.Emit(shard);
            spc.AddSource(shard.HintName, source.Text);
            foreach (var diagnostic in source.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        context.RegisterSourceOutput(fileTables, static (spc, table) => spc.AddSource(table.HintName, FileTableEmitter.Emit(table)));
        context.RegisterSourceOutput(catalog, static (spc, plan) =>
        {
            spc.AddSource(plan.HintName, CatalogEmitter.Emit(plan));
            foreach (var diagnostic in plan.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        context.RegisterSourceOutput(authorities, static (spc, reading) =>
        {
            foreach (var diagnostic in reading!.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        context.RegisterSourceOutput(authoritySources, static (spc, source) =>
        {
            spc.AddSource(source!.HintName, AuthorityEmitter.Emit(source));
            foreach (var diagnostic in source.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        context.RegisterSourceOutput(peopleFiles, static (spc, reading) => Report(spc, reading.Diagnostics));
        context.RegisterSourceOutput(people, static (spc, source) =>
        {
            if (source.Members.Count > 0)
            {
                spc.AddSource(source.HintName, PeopleEmitter.Emit(source));
            }

            Report(spc, source.Diagnostics);
        });
        context.RegisterSourceOutput(placeSources, static (spc, source) =>
        {
            spc.AddSource(source.HintName, PlaceEmitter.Emit(source));
            foreach (var diagnostic in source.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
        // Written once some document of the project cites another (a Markdown-only project has no CitedBy).
        context.RegisterSourceOutput(citedBy, static (spc, source) =>
        {
            if (source.Entries.Count > 0)
            {
                spc.AddSource(source.HintName, CitedByEmitter.Emit(source));
            }
        });
        context.RegisterSourceOutput(otherVolumes, Report);
        // Written once some document cites a page of another volume: its shard names the table.
        context.RegisterSourceOutput(pageLinks, static (spc, table) =>
        {
            if (table.Needed)
            {
                spc.AddSource(table.HintName, PageLinkEmitter.Emit(table));
            }

            Report(spc, table.Diagnostics);
        });
        context.RegisterSourceOutput(documentDiagnostics, static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static void Report(SourceProductionContext context, Core.Model.EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}

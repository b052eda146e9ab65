using System;
using System.Collections.Immutable;
using System.Threading;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DocGen.Generator.Analyzers;

/// <summary>
/// Checks document ids written in code: the argument of <c>[Cites("...")]</c> and of the catalog's <c>Get</c>. A
/// constant id that names no document is an error that suggests the nearest ids. <c>TryGet</c> is left alone: asking
/// whether an id exists is what it is for.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DocumentIdAnalyzer : DiagnosticAnalyzer
{
    private const string CitesAttributeName = "DocGen.CitesAttribute";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownDocumentId);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var cites = start.Compilation.GetTypeByMetadataName(CitesAttributeName);
            if (cites is null)
            {
                return;
            }

            // Ids are read once per compilation, and only if some code names a document.
            var ids = new Lazy<ArchiveIds>(() => ArchiveIds.Read(start.Options, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSyntaxNodeAction(node => CheckAttribute(node, cites, ids), SyntaxKind.Attribute);
            start.RegisterOperationAction(operation => CheckLookup(operation, ids), OperationKind.Invocation);
        });
    }

    private static void CheckAttribute(SyntaxNodeAnalysisContext context, INamedTypeSymbol cites, Lazy<ArchiveIds> ids)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, cites))
        {
            return;
        }

        var argument = arguments.Arguments[0].Expression;
        if (context.SemanticModel.GetConstantValue(argument, context.CancellationToken) is { HasValue: true, Value: string id })
        {
            Check(id, argument.GetLocation(), ids.Value, context.ReportDiagnostic);
        }
    }

    private static void CheckLookup(OperationAnalysisContext context, Lazy<ArchiveIds> ids)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Get" || !method.IsStatic || invocation.Arguments.Length == 0 || !IsCatalog(method.ContainingType))
        {
            return;
        }

        var argument = invocation.Arguments[0].Value;
        if (argument.ConstantValue is { HasValue: true, Value: string id })
        {
            Check(id, argument.Syntax.GetLocation(), ids.Value, context.ReportDiagnostic);
        }
    }

    /// <summary>The generated catalog: a static class marked [GeneratedCode("DocGen", ...)].</summary>
    private static bool IsCatalog(INamedTypeSymbol type)
    {
        if (!type.IsStatic)
        {
            return false;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value as string == "DocGen")
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(string id, Location location, ArchiveIds ids, Action<Diagnostic> report)
    {
        if (!ids.Contains(id))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnknownDocumentId, location, MessageText.Visible(id), MessageText.Visible(NearestIds.Suggestion(id, ids.All))));
        }
    }
}

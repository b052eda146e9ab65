using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocGen.Generator.Naming;

/// <summary>
/// A top-level <c>partial class</c> in the project's source, as plain values: where it is, its name and the
/// accessibility it declares (null when it declares none). The user declares the catalog this way to choose its
/// accessibility (<c>internal partial class Archive {}</c>), as System.Text.Json's generator reads a context class.
/// Read from syntax alone, so an edit elsewhere never reruns anything after it.
/// </summary>
public sealed record CatalogDeclaration(string Namespace, string Name, string? Accessibility)
{
    public static bool IsCandidate(SyntaxNode node) =>
        node is ClassDeclarationSyntax { Parent: BaseNamespaceDeclarationSyntax or CompilationUnitSyntax, TypeParameterList: null } type
        && type.Modifiers.Any(SyntaxKind.PartialKeyword);

    public static CatalogDeclaration From(SyntaxNode node)
    {
        var type = (ClassDeclarationSyntax)node;
        var ns = string.Join(".", type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => Bare(n.Name.ToString())));
        string? accessibility = null;
        if (type.Modifiers.Any(SyntaxKind.PublicKeyword))
        {
            accessibility = "public";
        }
        else if (type.Modifiers.Any(SyntaxKind.InternalKeyword))
        {
            accessibility = "internal";
        }

        return new CatalogDeclaration(ns, type.Identifier.ValueText, accessibility);
    }

    /// <summary>A dotted name without '@' or spaces, as the generator compares names.</summary>
    private static string Bare(string name) => new string(name.Where(c => c != '@' && !char.IsWhiteSpace(c)).ToArray());
}

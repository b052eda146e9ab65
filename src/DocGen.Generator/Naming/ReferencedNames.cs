using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Naming;

/// <summary>
/// Asks the compilation which full names are already namespaces, or types from referenced assemblies. A generated type
/// of such a name would hide them (<c>DocGen.Storage</c>, <c>System.Collections</c>, <c>DocGen.ArchiveDocument</c>),
/// and no <c>global::</c> can reach past it. The answer is a few strings, equal from edit to edit, so the catalog
/// stays cached. Types declared in the project's own source do not count: that is where the user's
/// <c>partial class</c> for the catalog lives.
/// </summary>
public static class ReferencedNames
{
    /// <summary>The names that are namespaces, or types from referenced assemblies (only types, with <paramref name="typesOnly"/>).</summary>
    public static EquatableArray<string> Among(Compilation compilation, IEnumerable<string> fullNames, bool typesOnly = false) =>
        fullNames.Distinct().Where(name => Exists(compilation, name, typesOnly)).ToEquatableArray();

    private static bool Exists(Compilation compilation, string fullName, bool typesOnly)
    {
        var parts = fullName.Split('.');
        var ns = compilation.GlobalNamespace;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var next = ns.GetMembers(parts[i]).OfType<INamespaceSymbol>().FirstOrDefault();
            if (next is null)
            {
                return false;
            }

            ns = next;
        }

        return ns.GetMembers(parts[parts.Length - 1]).Any(member =>
            (member is INamespaceSymbol && !typesOnly) || (member is INamedTypeSymbol && member.DeclaringSyntaxReferences.IsEmpty));
    }
}

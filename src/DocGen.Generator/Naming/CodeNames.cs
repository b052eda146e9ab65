using System.Collections.Generic;
using System.Text;

namespace DocGen.Generator.Naming;

/// <summary>Makes user-set names (namespace, catalog class) usable in code whatever was typed.</summary>
public static class CodeNames
{
    public static string Identifier(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        var name = builder.ToString();
        if (name.Length == 0)
        {
            return fallback;
        }

        if (!char.IsLetter(name[0]) && name[0] != '_')
        {
            name = "_" + name;
        }

        return IdentifierBuilder.IsUsable(name) ? name : "@" + name;
    }

    /// <summary>
    /// The namespace as code: each part an identifier, whole parts kept up to <see cref="NameRules.NamespaceBytes"/>
    /// (a first part longer than that is cut).
    /// </summary>
    public static string Namespace(string text)
    {
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var part in text.Split('.'))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            var name = NamespacePart(Identifier(part.Trim(), "_"));
            var separator = builder.Length > 0 ? 1 : 0;
            var size = separator + NameRules.Bytes(name);
            if (bytes + size > NameRules.NamespaceBytes)
            {
                if (builder.Length == 0)
                {
                    builder.Append(Identifier(NameRules.Fit(name.TrimStart('@'), NameRules.NamespaceBytes - 1), "_"));
                }

                break;
            }

            builder.Append(separator == 1 ? "." : string.Empty).Append(name);
            bytes += size;
        }

        return builder.ToString();
    }

    /// <summary>
    /// A namespace part named like a contextual keyword gets '_' after it, not '@' before it: '@' changes how the part
    /// is written, not its name, so a namespace <c>nameof</c> or <c>var</c> would still capture those words in the
    /// generated code inside it (CS0118).
    /// </summary>
    private static string NamespacePart(string name) =>
        name.StartsWith("@", System.StringComparison.Ordinal)
        && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetContextualKeywordKind(name.Substring(1)) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            ? name.Substring(1) + "_"
            : name;

    /// <summary>Whether the name in code is the name as typed, but for '@' before a keyword and spaces around dots.</summary>
    public static bool IsAsTyped(string typed, string code)
    {
        var parts = new List<string>();
        foreach (var part in typed.Split('.'))
        {
            if (part.Trim().Length > 0)
            {
                parts.Add(part.Trim());
            }
        }

        return string.Join(".", parts) == code.Replace("@", string.Empty);
    }
}

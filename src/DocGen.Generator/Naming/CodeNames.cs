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

    public static string Namespace(string text)
    {
        var parts = text.Split('.');
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(Identifier(part.Trim(), "_"));
        }

        return builder.ToString();
    }
}

using System.Text;

namespace DocGen.Generator.Naming;

/// <summary>
/// The limits every name DocGen writes keeps, in one place. A type's full metadata name (namespace, nesting and
/// name) may hold at most <see cref="MetadataLimit"/> UTF-8 bytes (CS7013 past it); the namespace and the catalog name
/// get fixed shares of it, so the room left for a document's class is known before any document is named, and every
/// title-made name (80 characters of the Basic Multilingual Plane, 240 bytes at most) fits with room to spare.
/// </summary>
public static class NameRules
{
    public const int MetadataLimit = 1024;

    /// <summary>The most UTF-8 bytes a namespace DocGen writes may have.</summary>
    public const int NamespaceBytes = 512;

    /// <summary>The most UTF-8 bytes the catalog's name may have.</summary>
    public const int CatalogBytes = 128;

    /// <summary>The documents' namespace: the catalog's namespace, then the catalog's name and this.</summary>
    public const string DocumentsSuffix = "Documents";

    /// <summary>The most UTF-8 bytes a document's class name may have in <paramref name="documentsNamespace"/>.</summary>
    public static int MemberBytes(string documentsNamespace) =>
        MetadataLimit - Bytes(documentsNamespace) - 1 - Bytes(ConstantsSuffix);

    /// <summary>A document's class of constants is its member name and this, so it never shares the catalog property's name.</summary>
    public const string ConstantsSuffix = "Constants";

    /// <summary>The class of constants of the document whose catalog property is <paramref name="memberName"/>.</summary>
    public static string ConstantsClass(string memberName) => memberName + ConstantsSuffix;

    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// <paramref name="name"/> cut to at most <paramref name="maxBytes"/> UTF-8 bytes, never inside a surrogate pair.
    /// </summary>
    public static string Fit(string name, int maxBytes)
    {
        var bytes = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var pair = char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]);
            var size = pair ? 4 : name[i] < 0x80 ? 1 : name[i] < 0x800 ? 2 : 3;
            if (bytes + size > maxBytes)
            {
                return name.Substring(0, i);
            }

            bytes += size;
            i += pair ? 1 : 0;
        }

        return name;
    }

    /// <summary>
    /// Whether a type name holds only lowercase ASCII letters, which C# keeps for future keywords (CS8981).
    /// </summary>
    public static bool IsLowercase(string name)
    {
        var bare = name.TrimStart('@');
        foreach (var c in bare)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return bare.Length > 0;
    }

    /// <summary>A type name made safe from CS8981: an all-lowercase name gets a capital first letter.</summary>
    public static string TypeName(string name)
    {
        if (!IsLowercase(name))
        {
            return name;
        }

        // A capital letter first is never a keyword, so no '@' is needed.
        var bare = name.TrimStart('@');
        return char.ToUpperInvariant(bare[0]) + bare.Substring(1);
    }
}

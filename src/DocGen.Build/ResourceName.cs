using System.Globalization;

namespace DocGen.Build;

/// <summary>
/// The name an archive file is embedded under: "DocGen.Archive." and 16 hex digits, a 64-bit FNV-1a hash of the
/// file's path from the project's folder. Short however deep the folder (CS7013), made only of characters item
/// metadata and the compiler's options file carry whole (a ';' or line break would cut them), different for paths
/// that differ only in letter case (resource names compare ignoring case: CS1508), and the same on every machine.
/// The generator takes a name of this shape as it comes (ResourceNames).
/// </summary>
internal static class ResourceName
{
    public const string Prefix = "DocGen.Archive.";

    public static string Of(string relativePath)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        foreach (var c in relativePath)
        {
            hash = (hash ^ (byte)c) * prime;
            hash = (hash ^ (byte)(c >> 8)) * prime;
        }

        return Prefix + hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}

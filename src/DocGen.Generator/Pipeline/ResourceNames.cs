namespace DocGen.Generator.Pipeline;

/// <summary>
/// Which DocGenResource values the generator uses. The build files make them ("DocGen.Archive." and 16 hex digits:
/// DocGen.targets) of characters that item metadata carries whole; a value with any other character was not made
/// there, or was cut on the way, and naming it would make code that reads a resource that is not embedded. Such a
/// file gets literals instead.
/// </summary>
public static class ResourceNames
{
    /// <summary>Metadata names are at most 1,024 UTF-8 bytes (CS7013); this leaves room and is far above any made.</summary>
    public const int MaxLength = 256;

    public static bool IsValid(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '_' or '-' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}

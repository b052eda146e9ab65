// Shared source: compiled into DocGen.Core (the people index matches names with it) and the runtime (PersonName).
#if DOCGEN_CORE
namespace DocGen.Core.Formats.Tei;
#else
namespace DocGen;
#endif

/// <summary>
/// The Wilson Center's "Name [Alias]" form, split one way for the generator and the runtime: only a trailing bracket
/// after a space is an alias ("Filippov [Stalin]" is the name Filippov and the alias Stalin).
/// </summary>
internal static class NameAlias
{
    /// <summary>True when <paramref name="text"/> ends with " [alias]"; then <paramref name="name"/> and <paramref name="alias"/> are its parts.</summary>
    public static bool Split(string text, out string name, out string alias)
    {
        var open = text.LastIndexOf(" [", System.StringComparison.Ordinal);
        if (open > 0 && text.Length > open + 3 && text[text.Length - 1] == ']' && text.IndexOf(']', open) == text.Length - 1)
        {
            name = text.Substring(0, open).TrimEnd();
            alias = text.Substring(open + 2, text.Length - open - 3).Trim();
            return true;
        }

        name = text;
        alias = string.Empty;
        return false;
    }
}

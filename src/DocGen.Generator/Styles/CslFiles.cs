using System;
using System.IO;

namespace DocGen.Generator.Styles;

/// <summary>Which AdditionalFiles are CSL files: a style (name.csl) or a locale (locales-xx-XX.xml, the CSL project's name).
/// They are never archive documents.</summary>
public static class CslFiles
{
    public static bool IsStyle(string path) => path.EndsWith(".csl", StringComparison.OrdinalIgnoreCase);

    public static bool IsLocale(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("locales-", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
    }

    public static bool Is(string path) => IsStyle(path) || IsLocale(path);

    /// <summary>The tag of a locale file: "locales-de-DE.xml" is "de-DE".</summary>
    public static string LocaleTag(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Substring("locales-".Length);
    }
}

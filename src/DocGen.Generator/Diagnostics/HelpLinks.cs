namespace DocGen.Generator.Diagnostics;

/// <summary>Where each diagnostic's page lives: docs/diagnostics/DGxxxx.md in DocGen's repository.</summary>
public static class HelpLinks
{
    /// <summary>The repository's docs folder; the package's repository metadata must name the same repository.</summary>
    public const string Base = "https://github.com/docgen/docgen/blob/main/docs/diagnostics/";

    public static string For(string id) => Base + id + ".md";
}

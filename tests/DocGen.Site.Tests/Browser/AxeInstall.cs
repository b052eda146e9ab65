using System;
using System.IO;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Site.Tests.Browser;

/// <summary>
/// axe-core, pinned by tests/DocGen.Site.Tests/axe/package-lock.json and installed there with `npm ci` when missing,
/// as the citation tests install their oracle (<see cref="OracleInstall"/>), once a run (on first use of
/// <see cref="Script"/>). Without npm, or when it fails, no script and the reason.
/// </summary>
public static class AxeInstall
{
    private static readonly Lazy<(string? Script, string? Reason)> Installed = new(Install);

    public static string Folder { get; } = Repository.Path("tests", "DocGen.Site.Tests", "axe");

    /// <summary>The text of axe.min.js, or null.</summary>
    public static string? Script => Installed.Value.Script;

    /// <summary>Why there is no script, or null.</summary>
    public static string? Reason => Installed.Value.Reason;

    private static (string?, string?) Install()
    {
        if (OracleInstall.Ensure(Folder, package: "axe-core", shownFolder: "tests/DocGen.Site.Tests/axe") is { } reason)
        {
            return (null, reason);
        }

        var script = Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(script) ? (File.ReadAllText(script), null) : (null, "axe-core is installed but has no axe.min.js");
    }
}

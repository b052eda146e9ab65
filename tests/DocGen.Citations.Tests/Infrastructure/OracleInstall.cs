using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>
/// Installs the oracle's pinned packages (`npm ci`, from package-lock.json) when they are missing, so the README's
/// test command runs the citeproc conformance suite on a fresh clone by itself. <see cref="Citeproc"/> calls it from
/// its type initializer: once per test run, and never twice at the same time. The site's browser tests install
/// axe-core the same way (compiled in there from this file, with their package and folder).
/// </summary>
public static class OracleInstall
{
    /// <summary>Null when <paramref name="package"/> is installed (already, or now); otherwise why it is not.</summary>
    /// <param name="oracleFolder">The folder of the package.json and package-lock.json.</param>
    /// <param name="npm">The npm to run.</param>
    /// <param name="package">The package whose node_modules/&lt;package&gt;/package.json shows it installed.</param>
    /// <param name="shownFolder">The folder as messages name it, from the repository's root.</param>
    public static string? Ensure(string oracleFolder, string npm = "npm", string package = "citeproc", string shownFolder = "tests/DocGen.Citations.Tests/oracle")
    {
        if (IsInstalled(oracleFolder, package))
        {
            return null;
        }

        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = oracleFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                return $"{package} is not installed: `npm ci` in {shownFolder} did not finish in 300 s";
            }

            if (process.ExitCode != 0)
            {
                var last = (error.Result + output.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3);
                return $"{package} is not installed: `npm ci` in {shownFolder} failed with exit code {process.ExitCode}: {string.Join(" / ", last)}";
            }
        }
        catch (Win32Exception)
        {
            return $"{package} is not installed and npm was not found: install Node.js (with npm), or run `npm ci` in {shownFolder}";
        }

        return IsInstalled(oracleFolder, package) ? null : $"{package} is not installed: `npm ci` in {shownFolder} succeeded but left no node_modules/{package}/package.json or node_modules/.package-lock.json";
    }

    /// <summary>
    /// Installed when npm finished: it writes node_modules/.package-lock.json last, so an install killed half-way
    /// (which can leave node_modules/citeproc behind) is installed again, and `npm ci` starts by removing it.
    /// </summary>
    private static bool IsInstalled(string oracleFolder, string package) =>
        File.Exists(Path.Combine(oracleFolder, "node_modules", ".package-lock.json"))
        && File.Exists(Path.Combine(oracleFolder, "node_modules", package, "package.json"));
}

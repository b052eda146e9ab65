using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>
/// Installs the oracle's pinned packages (`npm ci`, from package-lock.json) when they are missing, so the README's
/// test command runs the citeproc conformance suite on a fresh clone by itself. <see cref="Citeproc"/> calls it from
/// its type initializer: once per test run, and never twice at the same time.
/// </summary>
public static class OracleInstall
{
    /// <summary>Null when citeproc is installed (already, or now); otherwise why it is not.</summary>
    public static string? Ensure(string oracleFolder, string npm = "npm")
    {
        if (IsInstalled(oracleFolder))
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
                return "citeproc is not installed: `npm ci` in tests/DocGen.Citations.Tests/oracle did not finish in 300 s";
            }

            if (process.ExitCode != 0)
            {
                var last = (error.Result + output.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3);
                return $"citeproc is not installed: `npm ci` in tests/DocGen.Citations.Tests/oracle failed with exit code {process.ExitCode}: {string.Join(" / ", last)}";
            }
        }
        catch (Win32Exception)
        {
            return "citeproc is not installed and npm was not found: install Node.js (with npm), or run `npm ci` in tests/DocGen.Citations.Tests/oracle";
        }

        return IsInstalled(oracleFolder) ? null : "citeproc is not installed: `npm ci` in tests/DocGen.Citations.Tests/oracle succeeded but left no node_modules/citeproc/package.json or node_modules/.package-lock.json";
    }

    /// <summary>
    /// Installed when npm finished: it writes node_modules/.package-lock.json last, so an install killed half-way
    /// (which can leave node_modules/citeproc behind) is installed again, and `npm ci` starts by removing it.
    /// </summary>
    private static bool IsInstalled(string oracleFolder) =>
        File.Exists(Path.Combine(oracleFolder, "node_modules", ".package-lock.json"))
        && File.Exists(Path.Combine(oracleFolder, "node_modules", "citeproc", "package.json"));
}

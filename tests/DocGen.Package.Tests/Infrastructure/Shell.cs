using System.Collections.Generic;
using System;
using System.Diagnostics;

namespace DocGen.Package.Tests.Infrastructure;

/// <summary>Runs a bash script, as a reader of the README would type it, and returns its exit code and output.</summary>
public static class Shell
{
    public static bool Exists { get; } = Find();

    public static (int ExitCode, string Output) Run(string folder, string script, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 900)
    {
        using var process = Process.Start(StartInfo(folder, script, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the script did not finish in {timeoutSeconds} s:\n{script}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>
    /// Starts <paramref name="script"/> with its output redirected, for a script that does not end by itself (a
    /// server); the caller reads the output and ends the process tree.
    /// </summary>
    public static Process Start(string folder, string script, IReadOnlyDictionary<string, string>? environment = null) =>
        Process.Start(StartInfo(folder, script, environment))!;

    private static ProcessStartInfo StartInfo(string folder, string script, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-euo", "pipefail", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        // The README's commands as typed, with the test's usual settings from the environment: no telemetry or banner
        // in the output, no build node or compiler server outliving the test, and no vulnerability audit (a network
        // call that has nothing to do with the package's content).
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["NuGetAudit"] = "false";
        foreach (var pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        return start;
    }

    private static bool Find()
    {
        try
        {
            using var bash = Process.Start(new ProcessStartInfo("bash", "-c true") { UseShellExecute = false });
            bash?.WaitForExit();
            return bash is { ExitCode: 0 };
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

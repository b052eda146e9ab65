using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>Runs the real `dotnet` CLI in a folder and returns its exit code and everything it printed.</summary>
public static class DotNetCommand
{
    /// <summary>
    /// `dotnet build` as the build tests run it: no build node or compiler server outlives the test, and no closing
    /// summary of the counts.
    /// </summary>
    public static (int ExitCode, string Output) Build(string folder, params string[] arguments) =>
        Run(folder, new[] { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" }.Concat(arguments));

    public static (int ExitCode, string Output) Run(string folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or first-run banner in the output the tests read.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in {timeoutSeconds} s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}

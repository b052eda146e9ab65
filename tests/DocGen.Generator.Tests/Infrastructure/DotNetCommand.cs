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

    /// <summary>
    /// Makes the next build of the project in <paramref name="folder"/> run the compiler, which prints the diagnostics
    /// the tests read. MSBuild skips the compiler when no input is newer than its output (and a deleted .editorconfig
    /// is no newer input); without the intermediate assembly it runs, while the referenced projects in src/ stay
    /// built. (A rebuild, --no-incremental, would clean and recompile those too, for every build.)
    /// </summary>
    public static void ForceCompile(string folder, string assemblyName)
    {
        var obj = System.IO.Path.Combine(folder, "obj");
        if (!System.IO.Directory.Exists(obj))
        {
            return;
        }

        foreach (var assembly in System.IO.Directory.EnumerateFiles(obj, assemblyName + ".dll", System.IO.SearchOption.AllDirectories))
        {
            System.IO.File.Delete(assembly);
        }
    }

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

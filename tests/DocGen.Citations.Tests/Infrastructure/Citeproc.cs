using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>
/// Runs citeproc-js (oracle/cite.js) once over a batch of CSL-JSON items with the official styles of ../shared/csl,
/// read in place. <see cref="MissingReason"/> says why it cannot run: no styles, no node, or packages that
/// <see cref="OracleInstall"/> could not install.
/// </summary>
public static class Citeproc
{
    public static readonly string[] Styles = { "chicago-notes-bibliography", "chicago-author-date", "apa", "modern-language-association" };

    public static string OracleFolder { get; } = Path.Combine(Repository.Root, "tests", "DocGen.Citations.Tests", "oracle");

    public static string? MissingReason { get; } = FindMissing();

    /// <summary>One rendering of every item: style → item id → form ("bibliography", "citation", "subsequent") → format ("text", "html").</summary>
    public static JsonNode Run(IReadOnlyList<string> cslItems) => Invoke(new JsonObject
    {
        ["cslDirectory"] = SharedData.Csl,
        ["styles"] = new JsonArray(Array.ConvertAll(Styles, s => (JsonNode?)JsonValue.Create(s))),
        ["items"] = Items(cslItems),
    });

    /// <summary>One rendering of every item per job (any style file, any locale): job name → item id → form → format.</summary>
    public static JsonNode Run(IReadOnlyList<string> cslItems, IReadOnlyList<OracleJob> jobs, string localeDirectory)
    {
        var list = new JsonArray();
        foreach (var job in jobs)
        {
            list.Add(new JsonObject { ["name"] = job.Name, ["style"] = job.StylePath, ["locale"] = job.Locale });
        }

        return Invoke(new JsonObject
        {
            ["cslDirectory"] = SharedData.Csl,
            ["localeDirectory"] = localeDirectory,
            ["jobs"] = list,
            ["items"] = Items(cslItems),
        });
    }

    private static JsonArray Items(IReadOnlyList<string> cslItems)
    {
        var items = new JsonArray();
        foreach (var item in cslItems)
        {
            items.Add(JsonNode.Parse(item));
        }

        return items;
    }

    private static JsonNode Invoke(JsonObject input)
    {
        var start = new ProcessStartInfo("node", "cite.js")
        {
            WorkingDirectory = OracleFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("cite.js failed: " + stderr.Result);
        }

        return JsonNode.Parse(output) ?? throw new InvalidOperationException("cite.js wrote nothing");
    }

    private static string? FindMissing()
    {
        if (SharedData.Csl is null)
        {
            return "../shared/csl is absent (set DOCGEN_SHARED to its location to run the citeproc conformance suite)";
        }

        if (OracleInstall.Ensure(OracleFolder) is { } notInstalled)
        {
            return notInstalled;
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
            node?.WaitForExit();
            return node is { ExitCode: 0 } ? null : "node did not run";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not installed (the citeproc conformance suite needs Node.js)";
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// Member names do not depend on the host's globalization: the Alpine SDK images run .NET with invariant globalization,
/// where string.Normalize leaves text as it is. The naming runs here in child processes (the docgen tool, which plans
/// the catalog with the generator's code) with that mode off and on.
/// </summary>
public class InvariantGlobalizationTests
{
    [Fact]
    public void ComposedAndDecomposedTitlesCollideTheSameWayWithInvariantGlobalizationOnAndOff()
    {
        var folder = Path.Combine(Path.GetTempPath(), "docgen-invariant-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // The same title, composed (é) and decomposed (e and a combining acute): one name, so the second is renamed.
            File.WriteAllText(Path.Combine(folder, "1.md"), TestDocuments.Note(title: "Caf\u00e9 Note", citation: "\"Caf\u00e9 Note\", May 1, 1950, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/1>"));
            File.WriteAllText(Path.Combine(folder, "2.md"), TestDocuments.Note(title: "Cafe\u0301 Note", citation: "\"Cafe\u0301 Note\", May 1, 1950, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/2>"));
            var cli = Path.Combine(AppContext.BaseDirectory, "DocGen.Cli.dll");

            var (icuExit, icu) = DotNetCommand.Run(folder, new[] { cli, "check", folder }, timeoutSeconds: 120);
            var (invariantExit, invariant) = DotNetCommand.Run(folder, new[] { cli, "check", folder }, new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }, timeoutSeconds: 120);

            Assert.Equal(icuExit, invariantExit);
            Assert.Contains("DG0013: This document's member name 'Caf\u00e9Note' is already taken", invariant);
            Assert.Equal(icu, invariant);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Tests.Model;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks in Verify.SourceGenerators' layout, so a later switch to Verify is a swap: one
/// <c>Class.Method#Hint.verified.cs</c> per generated source, <c>Class.Method.verified.txt</c> for diagnostics
/// (the generator's and the analyzers', see SnapshotDiagnostics), and <c>Class.Method#decoded.verified.txt</c>, a
/// named target as Verify would write it: the documents the generated code holds, compiled, loaded and read back
/// through the runtime (DecodedView), so a change in layout or parsing shows as readable text. A mismatch (or a missing
/// snapshot) writes <c>*.received.*</c> beside it and fails; set DOCGEN_ACCEPT_SNAPSHOTS=1 to overwrite the
/// verified files, then read them line by line before committing.
/// </summary>
public static class Snapshot
{
    /// <summary>
    /// Runs the generator on the files, then DocGen's analyzers with the same files and options, and compares every
    /// generated source and the diagnostics of both with the verified files.
    /// </summary>
    public static void Verify(
        IEnumerable<AdditionalText> files,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null,
        IEnumerable<ResourceDescription>? resources = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string method = "")
    {
        var (result, diagnostics, output) = SnapshotDiagnostics.Run(files, fileOptions: fileOptions);

        // Not next to CallerFilePath: a CI build maps source paths to /_/ (ContinuousIntegrationBuild), so only the
        // file name of the caller is trusted and the folder comes from the repository root.
        var folder = Repository.Path("tests", "DocGen.Generator.Tests", "Snapshots");
        var prefix = Path.GetFileNameWithoutExtension(testFile.Replace('\\', '/').Split('/').Last()) + "." + method;
        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var name = prefix + "#" + Path.GetFileNameWithoutExtension(source.HintName);
            expected.Add(name + ".verified.cs");
            Check(folder, name, ".cs", source.SourceText.ToString(), failures);
        }

        expected.Add(prefix + ".verified.txt");
        Check(folder, prefix, ".txt", SnapshotDiagnostics.Describe(diagnostics), failures);
        Check(folder, prefix + "#decoded", ".txt", DecodedView.Of(GeneratedAssembly.LoadAll(output, resources: resources).ToArray<object>()), failures);
        foreach (var stale in Directory.Exists(folder) ? Directory.GetFiles(folder, prefix + "#*.verified.cs") : Array.Empty<string>())
        {
            if (!expected.Contains(Path.GetFileName(stale)))
            {
                failures.Add(Path.GetFileName(stale) + " is no longer generated; delete it");
            }
        }

        Assert.True(failures.Count == 0, "Snapshot mismatch:\n" + string.Join("\n", failures));
    }

    private static void Check(string folder, string name, string extension, string actual, List<string> failures)
    {
        var verified = Path.Combine(folder, name + ".verified" + extension);
        var received = Path.Combine(folder, name + ".received" + extension);
        if (Environment.GetEnvironmentVariable("DOCGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        failures.Add((File.Exists(verified) ? "differs: " : "new, not yet verified: ") + received);
    }
}

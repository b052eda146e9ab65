using System;
using System.IO;
using System.Linq;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// A copy of sample/DocGen.Sample in a temporary folder, laid out as in the repository (Directory.Build.props and
/// global.json two folders up) so it builds with the repository's settings, with its references to src/ made
/// absolute. Restored once: the tests edit it and build it without restoring again.
/// </summary>
public sealed class SampleCopy : IDisposable
{
    private const string RelativeSource = @"..\..\src\";

    public SampleCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "docgen-sample-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "sample", "DocGen.Sample");
        var original = Repository.Path("sample", "DocGen.Sample");
        foreach (var file in Directory.EnumerateFiles(original, "*", SearchOption.AllDirectories).Where(file => !IsBuildOutput(original, file)))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(original, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(Repository.Path("Directory.Build.props"), Path.Combine(Root, "Directory.Build.props"));
        File.Copy(Repository.Path("global.json"), Path.Combine(Root, "global.json"));
        var project = File.ReadAllText(ProjectFile);
        if (!project.Contains(RelativeSource))
        {
            throw new InvalidOperationException($"the sample no longer reaches src/ as {RelativeSource}; update {nameof(SampleCopy)}");
        }

        File.WriteAllText(ProjectFile, project.Replace(RelativeSource, Repository.Path("src") + Path.DirectorySeparatorChar));
        var (restored, output) = DotNetCommand.Run(Folder, new[] { "restore", "-nologo" });
        if (restored != 0)
        {
            throw new InvalidOperationException("dotnet restore of the sample copy failed:\n" + output);
        }
    }

    /// <summary>The temporary folder that stands for the repository's root.</summary>
    public string Root { get; }

    /// <summary>The copy's project folder.</summary>
    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, "DocGen.Sample.csproj");

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Folder, relativePath), text);

    public void Delete(string relativePath) => File.Delete(Path.Combine(Folder, relativePath));

    /// <summary>Builds without restoring; the compiler always runs, so it always prints the diagnostics.</summary>
    public (int ExitCode, string Output) Build(params string[] arguments)
    {
        DotNetCommand.ForceCompile(Folder, "DocGen.Sample");
        return DotNetCommand.Build(Folder, new[] { "--no-restore" }.Concat(arguments).ToArray());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the tests over it would not be.
        }
    }

    private static bool IsBuildOutput(string folder, string file) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";
}

using System;
using System.IO;
using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// The sample, built with one document's title deleted: the build fails at the document's date line, and passes
/// with a warning when an .editorconfig lowers DG0003. Only the global form of .editorconfig (is_global = true)
/// reaches a diagnostic located in an archive file. Slow (real builds of one shared copy): one class.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class SampleBuildTests : IClassFixture<SampleCopy>
{
    private const string Broken = "105_appeal-peoples-of-xinjiang-1948.md";
    private const string Title = "**Appeal to the Peoples of Xinjiang**\n";
    private const string Message = "The document has no bold title under its date line, so it is left out of the catalog; add one, e.g. **Telegram from X to Y** (docs/diagnostics/DG0003.md)";

    private readonly SampleCopy _sample;

    public SampleBuildTests(SampleCopy sample)
    {
        // Every test starts from the same state: the sample with one title removed, and no .editorconfig.
        _sample = sample;
        var original = File.ReadAllText(Repository.Path("sample", "DocGen.Sample", "Archive", Broken));
        Assert.Contains(Title, original);
        _sample.Write(Path.Combine("Archive", Broken), original.Replace(Title, string.Empty));
        _sample.Delete(".editorconfig");
    }

    [Fact]
    public void ABrokenDocumentFailsTheSampleBuildWithALocatedError()
    {
        var (exitCode, output) = _sample.Build();

        Assert.True(exitCode != 0, output);
        Assert.Equal(new[] { Line("error") }, Diagnostics(output));
    }

    [Fact]
    public void AGlobalEditorConfigLowersTheIdToAWarningAndTheSampleBuilds()
    {
        _sample.Write(".editorconfig", "is_global = true\ndotnet_diagnostic.DG0003.severity = warning\n");

        var (exitCode, output) = _sample.Build();

        Assert.True(exitCode == 0, output);
        Assert.Equal(new[] { Line("warning") }, Diagnostics(output));
    }

    /// <summary>
    /// The compiler applies .editorconfig sections to C# files only (dotnet/roslyn#31916). If this fails because the
    /// build passes with a warning, a compiler has fixed that: docs/diagnostics.md and the pages can then offer
    /// [*.md] sections.
    /// </summary>
    [Fact]
    public void AnEditorConfigSectionForMarkdownFilesDoesNotChangeTheSeverity()
    {
        _sample.Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.DG0003.severity = warning\n");

        var (exitCode, output) = _sample.Build();

        Assert.True(exitCode != 0, output);
        Assert.Equal(new[] { Line("error") }, Diagnostics(output));
    }

    /// <summary>The line `dotnet build` prints for the broken document: its full path, the date's line and column.</summary>
    private string Line(string severity) =>
        $"{Path.Combine(_sample.Folder, "Archive", Broken)}(3,3): {severity} DG0003: {Message} [{_sample.ProjectFile}]";

    /// <summary>
    /// Every distinct warning and error line: the sample's own code has none, so the broken document's is the only
    /// one (the console logger prints each twice, during the build and again at its end).
    /// </summary>
    private static string[] Diagnostics(string output) =>
        output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning ", StringComparison.Ordinal))
            .Distinct()
            .ToArray();
}

using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// What `dotnet build` prints for a project with a broken document: a located error that fails the build, which a
/// .globalconfig can turn into a warning (per-file .editorconfig sections do not reach diagnostics located in
/// additional files: SampleBuildTests) and DocGenWarningsAsErrors can make stricter, for the analyzer's warnings and
/// the generator's alike. Slow (real builds): one class, one consumer project restored once and reset for each test.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class BuildTests : IClassFixture<ConsumerProject>
{
    private readonly ConsumerProject _project;

    private const string Good = "**June 5, 1951**  \n**A Good Telegram**\n\n**Citation:**\n\n\"A Good Telegram\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/112106>\n\nBody.\n";

    // No title: DG0003, an error. No citation would be DG0006, a warning.
    private const string Broken = "\n**June 6, 1951**\n\nBody without a title.\n";

    private const string Uncited = "**June 7, 1951**  \n**Uncited Note**\n\nBody.\n";

    // Good's title at a later date, with its own id and shelfmark: DG0013, a warning the generator reports (DG0006 is
    // the analyzer's).
    private static readonly string Twin = Good.Replace("June 5, 1951", "June 8, 1951").Replace("112106", "112108").Replace("d. 339", "d. 340");

    public BuildTests(ConsumerProject consumer)
    {
        _project = consumer;
        _project.Reset();
    }

    [Fact]
    public void BrokenDocumentFailsTheBuildWithALocatedErrorUnlessGlobalConfigSaysWarning()
    {
        _project.Write("Archive/good.md", Good);
        _project.Write("Archive/broken.md", Broken);

        var (failed, output) = _project.Build();

        Assert.NotEqual(0, failed);
        Assert.Contains("Archive/broken.md(2,3): error DG0003: The document has no bold title", output.Replace('\\', '/'));

        _project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DG0003.severity = warning\n");
        var (passed, warned) = _project.Build();

        Assert.True(passed == 0, warned);
        Assert.Contains("Archive/broken.md(2,3): warning DG0003:", warned.Replace('\\', '/'));
    }

    [Fact]
    public void WarningsAsErrorsSwitchMakesArchiveWarningsFail()
    {
        _project.Write("Archive/good.md", Good);
        _project.Write("Archive/uncited.md", Uncited);
        _project.Write("Archive/twin.md", Twin);

        var (passed, warned) = _project.Build();
        Assert.True(passed == 0, warned);
        Assert.Contains("Archive/uncited.md(2,3): warning DG0006:", warned.Replace('\\', '/'));
        Assert.Contains("Archive/twin.md(2,3): warning DG0013:", warned.Replace('\\', '/'));

        var (failed, output) = _project.Build("-p:DocGenWarningsAsErrors=true");
        Assert.NotEqual(0, failed);
        Assert.Contains("Archive/uncited.md(2,3): error DG0006:", output.Replace('\\', '/'));
        Assert.Contains("Archive/twin.md(2,3): error DG0013:", output.Replace('\\', '/'));
    }

    [Fact]
    public void ArchiveFilesAreEmbeddedAndReadBackUnlessSwitchedOff()
    {
        _project.Write("Archive/good.md", Good);

        // A name like a culture-specific resource ("letter.ru.md") must stay in the main assembly.
        _project.Write("Archive/letter.ru.md", Good.Replace("A Good Telegram", "A Russian Letter With A Title Long Enough To Be Sliced").Replace("112106", "112107"));

        var (built, output) = _project.Build();
        Assert.True(built == 0, output);
        Assert.Equal(2, Resources(_project).Length);
        Assert.False(System.IO.Directory.Exists(System.IO.Path.Combine(_project.Folder, "bin", "Debug", "net10.0", "ru")), "a satellite assembly was made");
        var (ran, printed) = DotNetCommand.Run(_project.Folder, new[] { System.IO.Path.Combine("bin", "Debug", "net10.0", "Consumer.dll") });
        Assert.True(ran == 0, printed);
        Assert.Contains("A Russian Letter With A Title Long Enough To Be Sliced", printed);

        var (literal, literalOutput) = _project.Build("-p:DocGenEmbedDocuments=false");
        Assert.True(literal == 0, literalOutput);
        Assert.Empty(Resources(_project));
        var (ranLiteral, printedLiteral) = DotNetCommand.Run(_project.Folder, new[] { System.IO.Path.Combine("bin", "Debug", "net10.0", "Consumer.dll") });
        Assert.True(ranLiteral == 0, printedLiteral);
        Assert.Contains("A Russian Letter With A Title Long Enough To Be Sliced", printedLiteral);
    }

    [Fact]
    public void FoldersUnderTheArchiveFolderAreCollectionsInARealBuild()
    {
        _project.Write("Archive/good.md", Good);
        _project.Write("Archive/Korea/twin.md", Twin);
        _project.Write("Archive/Germany/uncited.md", Uncited.Replace("**Uncited Note**", "**Note from Berlin**"));

        // A CSL locale in the archive folder is .xml too, but a locale: generated as a constant, not embedded.
        _project.Write("Archive/Germany/locales-de-DE.xml", "<locale xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" xml:lang=\"de-DE\"><terms><term name=\"accessed\">zugegriffen</term></terms></locale>");
        _project.Write("Program.cs", string.Join("\n",
            "System.Console.WriteLine(\"locale \" + Consumer.CitationLocales.DeDE.Language);",
            "System.Console.WriteLine(\"all \" + string.Join(\",\", System.Linq.Enumerable.Select(Consumer.Archive.All, d => d.Title)));",
            "System.Console.WriteLine(\"korea \" + string.Join(\",\", System.Linq.Enumerable.Select(Consumer.Archive.Korea.All, d => d.Title)));",
            "System.Console.WriteLine(\"germany \" + string.Join(\",\", System.Linq.Enumerable.Select(Consumer.Archive.Germany.All, d => d.Title)));",
            string.Empty));

        var (built, output) = _project.Build();
        Assert.True(built == 0, output);
        var (ran, printed) = DotNetCommand.Run(_project.Folder, new[] { System.IO.Path.Combine("bin", "Debug", "net10.0", "Consumer.dll") });

        Assert.True(ran == 0, printed);
        var lines = printed.Replace("\r\n", "\n").Split('\n');
        Assert.Contains("all A Good Telegram,Note from Berlin,A Good Telegram", lines);
        Assert.Contains("korea A Good Telegram", lines);
        Assert.Contains("germany Note from Berlin", lines);
        Assert.Contains("locale de-DE", lines);
        Assert.Equal(3, Resources(_project).Length);
    }

    /// <summary>The names of the archive files the built assembly embeds, in ordinal order.</summary>
    internal static string[] Resources(ConsumerProject project)
    {
        using var stream = System.IO.File.OpenRead(System.IO.Path.Combine(project.Folder, "bin", "Debug", "net10.0", "Consumer.dll"));
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.ManifestResources
            .Select(handle => metadata.GetString(metadata.GetManifestResource(handle).Name))
            .Where(name => name.StartsWith("DocGen.Archive.", System.StringComparison.Ordinal))
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToArray();
    }
}

using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// What `dotnet build` prints for a project with a broken document: a located error that fails the build, which a
/// .globalconfig can turn into a warning (per-file .editorconfig sections do not reach diagnostics located in
/// additional files: SampleBuildTests) and DocGenWarningsAsErrors can make stricter, for the analyzer's warnings and
/// the generator's alike. Slow (real builds): one consumer project, restored once; each build is made once
/// (<see cref="Builds"/>) and every fact that needs it asserts on it.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class BuildTests : IClassFixture<BuildTests.Builds>
{
    private const string Good = "**June 5, 1951**  \n**A Good Telegram**\n\n**Citation:**\n\n\"A Good Telegram\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/112106>\n\nBody.\n";

    // No title: DG0003, an error. No citation would be DG0006, a warning.
    private const string Untitled = "\n**June 6, 1951**\n\nBody without a title.\n";

    private const string Uncited = "**June 7, 1951**  \n**Uncited Note**\n\nBody.\n";

    // Good's title at a later date, with its own id and shelfmark: DG0013, a warning the generator reports (DG0006 is
    // the analyzer's).
    private static readonly string Twin = Good.Replace("June 5, 1951", "June 8, 1951").Replace("112106", "112108").Replace("d. 339", "d. 340");

    // A name like a culture-specific resource ("letter.ru.md") must stay in the main assembly.
    private const string RussianTitle = "A Russian Letter With A Title Long Enough To Be Sliced";

    private static readonly string Russian = Good.Replace("A Good Telegram", RussianTitle).Replace("112106", "112107");

    private static readonly string Korean = Good.Replace("A Good Telegram", "A Telegram from Seoul").Replace("112106", "112109").Replace("d. 339", "d. 341");

    private readonly Builds _builds;

    public BuildTests(Builds builds) => _builds = builds;

    [Fact]
    public void BrokenDocumentFailsTheBuildWithALocatedErrorUnlessGlobalConfigSaysWarning()
    {
        var (failed, output) = _builds.Broken.Value.Failed;
        Assert.NotEqual(0, failed);
        Assert.Contains("Archive/broken.md(2,3): error DG0003: The document has no bold title", output.Replace('\\', '/'));

        var (passed, warned) = _builds.Broken.Value.Lowered;
        Assert.True(passed == 0, warned);
        Assert.Contains("Archive/broken.md(2,3): warning DG0003:", warned.Replace('\\', '/'));
    }

    [Fact]
    public void WarningsAsErrorsSwitchMakesArchiveWarningsFail()
    {
        var (passed, warned) = _builds.Warned.Value.Default;
        Assert.True(passed == 0, warned);
        Assert.Contains("Archive/uncited.md(2,3): warning DG0006:", warned.Replace('\\', '/'));
        Assert.Contains("Archive/twin.md(2,3): warning DG0013:", warned.Replace('\\', '/'));

        var (failed, output) = _builds.Warned.Value.Strict;
        Assert.NotEqual(0, failed);
        Assert.Contains("Archive/uncited.md(2,3): error DG0006:", output.Replace('\\', '/'));
        Assert.Contains("Archive/twin.md(2,3): error DG0013:", output.Replace('\\', '/'));
    }

    [Fact]
    public void ArchiveFilesAreEmbeddedAndReadBackUnlessSwitchedOff()
    {
        var warned = _builds.Warned.Value;
        Assert.True(warned.Default.ExitCode == 0, warned.Default.Output);
        Assert.Equal(6, warned.Resources.Length); // the six .md files; the CSL locale is not embedded
        Assert.False(warned.SatelliteFolder, "a satellite assembly was made");
        Assert.True(warned.Ran.ExitCode == 0, warned.Ran.Output);
        Assert.Contains(RussianTitle, warned.Ran.Output);

        Assert.True(warned.Literal.ExitCode == 0, warned.Literal.Output);
        Assert.Empty(warned.LiteralResources);
        Assert.True(warned.RanLiteral.ExitCode == 0, warned.RanLiteral.Output);
        Assert.Contains(RussianTitle, warned.RanLiteral.Output);
    }

    [Fact]
    public void FoldersUnderTheArchiveFolderAreCollectionsInARealBuild()
    {
        var warned = _builds.Warned.Value;
        Assert.True(warned.Default.ExitCode == 0, warned.Default.Output);
        Assert.True(warned.Ran.ExitCode == 0, warned.Ran.Output);
        var lines = warned.Ran.Output.Replace("\r\n", "\n").Split('\n');
        Assert.Contains("all A Good Telegram," + RussianTitle + ",A Telegram from Seoul,Note from Berlin,Uncited Note,A Good Telegram", lines);
        Assert.Contains("korea A Telegram from Seoul", lines);
        Assert.Contains("germany Note from Berlin", lines);
        Assert.Contains("locale de-DE", lines);
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

    /// <summary>
    /// The builds the facts read, each made once, on first use: a real build costs seconds, so one archive holds what
    /// several facts look at (warnings at the top, folders, a culture-like file name) and each fact asserts its part.
    /// </summary>
    public sealed class Builds : System.IDisposable
    {
        private readonly ConsumerProject _project = new();

        // One archive at a time: each group of builds rewrites the project's files.
        private readonly object _gate = new();

        public Builds()
        {
            Warned = new System.Lazy<WarnedBuilds>(() => { lock (_gate) { return BuildWarned(); } });
            Broken = new System.Lazy<BrokenBuilds>(() => { lock (_gate) { return BuildBroken(); } });
        }

        /// <summary>An archive with warnings and no error, in folders, built as it is, strictly and without embedding.</summary>
        public System.Lazy<WarnedBuilds> Warned { get; }

        /// <summary>An archive with a document the build rejects, built as it is and with a .globalconfig lowering DG0003.</summary>
        public System.Lazy<BrokenBuilds> Broken { get; }

        public void Dispose() => _project.Dispose();

        private WarnedBuilds BuildWarned()
        {
            _project.Reset();
            _project.Write("Archive/good.md", Good);
            _project.Write("Archive/uncited.md", Uncited);
            _project.Write("Archive/twin.md", Twin);
            _project.Write("Archive/letter.ru.md", Russian);
            _project.Write("Archive/Korea/seoul.md", Korean);
            _project.Write("Archive/Germany/berlin.md", Uncited.Replace("**Uncited Note**", "**Note from Berlin**"));

            // A CSL locale in the archive folder is .xml too, but a locale: generated as a constant, not embedded.
            _project.Write("Archive/Germany/locales-de-DE.xml", "<locale xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" xml:lang=\"de-DE\"><terms><term name=\"accessed\">zugegriffen</term></terms></locale>");
            _project.Write("Program.cs", string.Join("\n",
                "System.Console.WriteLine(\"locale \" + Consumer.CitationLocales.DeDE.Language);",
                "System.Console.WriteLine(\"all \" + string.Join(\",\", System.Linq.Enumerable.Select(Consumer.Archive.All, d => d.Title)));",
                "System.Console.WriteLine(\"korea \" + string.Join(\",\", System.Linq.Enumerable.Select(Consumer.Archive.Korea.All, d => d.Title)));",
                "System.Console.WriteLine(\"germany \" + string.Join(\",\", System.Linq.Enumerable.Select(Consumer.Archive.Germany.All, d => d.Title)));",
                string.Empty));

            var built = _project.Build();
            var resources = BuiltResources(built);
            var satellite = System.IO.Directory.Exists(System.IO.Path.Combine(_project.Folder, "bin", "Debug", "net10.0", "ru"));
            var ran = _project.Run();
            var strict = _project.Build("-p:DocGenWarningsAsErrors=true");
            var literal = _project.Build("-p:DocGenEmbedDocuments=false");
            return new WarnedBuilds(built, resources, satellite, ran, strict, literal, BuiltResources(literal), _project.Run());
        }

        // A failed build leaves no assembly to read; the fact that needs it then fails on the build's exit code, with
        // its output, rather than every fact of the class on a missing file.
        private string[] BuiltResources((int ExitCode, string Output) build) =>
            build.ExitCode == 0 ? Resources(_project) : System.Array.Empty<string>();

        private BrokenBuilds BuildBroken()
        {
            _project.Reset();
            _project.Write("Archive/good.md", Good);
            _project.Write("Archive/broken.md", Untitled);
            var failed = _project.Build();
            _project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DG0003.severity = warning\n");
            return new BrokenBuilds(failed, _project.Build());
        }
    }

    public sealed record WarnedBuilds(
        (int ExitCode, string Output) Default,
        string[] Resources,
        bool SatelliteFolder,
        (int ExitCode, string Output) Ran,
        (int ExitCode, string Output) Strict,
        (int ExitCode, string Output) Literal,
        string[] LiteralResources,
        (int ExitCode, string Output) RanLiteral);

    public sealed record BrokenBuilds((int ExitCode, string Output) Failed, (int ExitCode, string Output) Lowered);
}

using System;
using System.IO;
using System.Linq;
using DocGen.Cli;
using DocGen.Generator.Tests.Infrastructure;
using DocGen.Package.Tests.Infrastructure;

namespace DocGen.Package.Tests;

/// <summary>The docgen tool, run in-process on folders written for each test: output lines, exit codes, options.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _archive = new("docgen-cli");

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void CheckOfACleanFolderPrintsOnlyTheSummaryAndExitsZero()
    {
        _archive.Write("telegram.md", Documents.Telegram);
        _archive.Write("sub/memo.md", Documents.Memo);

        var (exit, output, error) = Run("check", _archive.Path);

        Assert.Equal(Cli.Cli.Success, exit);
        Assert.Equal(new[] { "2 files checked: 0 error(s), 0 warning(s)" }, Lines(output));
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void CheckPrintsLocatedDiagnosticsInMSBuildFormAndExitsOneOnErrors()
    {
        _archive.Write("good.md", Documents.Telegram);
        _archive.Write("broken.md", Documents.Broken);
        _archive.Write("uncited.md", Documents.Uncited);

        var (exit, output, _) = Run("check", _archive.Path);

        var folder = _archive.Path;
        Assert.Equal(Cli.Cli.ArchiveErrors, exit);
        Assert.Equal(
            new[]
            {
                $"{folder}/broken.md(2,3): error DG0003: The document has no bold title under its date line, so it is left out of the catalog; add one, e.g. **Telegram from X to Y**",
                $"{folder}/uncited.md(2,3): warning DG0006: The document has no **Citation:** section; add one in the archive's form: \"Title\", Date, Wilson Center Digital Archive, shelfmark. <URL>",
                "3 files checked: 1 error(s), 1 warning(s)",
            },
            Lines(output));
    }

    [Fact]
    public void CheckPrintsPathsAsTheFolderWasGiven()
    {
        _archive.Write("archive/broken.md", Documents.Broken);

        var (_, output, _) = Run("check", Path.Combine(_archive.Path, "archive") + "/");

        Assert.StartsWith(_archive.Path + "/archive/broken.md(2,3): error DG0003:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsTheCrossFileDiagnosticsOfTheBuild()
    {
        _archive.Write("a.md", Documents.Telegram);
        _archive.Write("b.md", Documents.SameId);
        _archive.Write("c.md", Documents.SameShelfmark);

        var (exit, output, _) = Run("check", _archive.Path);

        var lines = Lines(output);
        Assert.Equal(Cli.Cli.ArchiveErrors, exit);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{_archive.Path}/b.md(6,105): error DG0012: The document id '112106' is also used by '{_archive.Path}/a.md'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{_archive.Path}/c.md(6,79): warning DG0024: The shelfmark 'APRF, f. 45, op. 1, d. 339, ll. 17-18' is also cited by '{_archive.Path}/a.md'", lines[1], StringComparison.Ordinal);
        Assert.Equal("3 files checked: 1 error(s), 1 warning(s)", lines[2]);
    }

    [Fact]
    public void WarningsAsErrorsTurnsWarningsIntoErrors()
    {
        _archive.Write("uncited.md", Documents.Uncited);

        var (exit, output, _) = Run("check", _archive.Path, "--warnings-as-errors");

        Assert.Equal(Cli.Cli.ArchiveErrors, exit);
        Assert.StartsWith($"{_archive.Path}/uncited.md(2,3): error DG0006:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void InfoDiagnosticsShowOnlyWhenAskedFor()
    {
        _archive.Write("nourl.md", "**1961**  \n**A Note**\n\n**Citation:**\n\n\"A Note\", 1961, Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 2, l. 4.\n\nBody.\n");

        var (quiet, plain, _) = Run("check", _archive.Path);
        var (loud, verbose, _) = Run("check", _archive.Path, "--info");

        Assert.Equal((0, 0), (quiet, loud));
        Assert.Equal(new[] { "1 files checked: 0 error(s), 0 warning(s)" }, Lines(plain));
        Assert.StartsWith($"{_archive.Path}/nourl.md(6,1): info DG0007: The citation names no URL", Lines(verbose)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void FilesThatAreNotTextOrNotUtf8AreReportedAtTheirFirstBadByteAndNotParsed()
    {
        _archive.Write("telegram.md", Documents.Telegram);
        var scan = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        File.WriteAllBytes(System.IO.Path.Combine(_archive.Path, "scan.md"), scan);
        var letter = System.Text.Encoding.UTF8.GetBytes("**June 5, 1951**  \n**Letter**\n\nBo?dy.\n");
        letter[Array.IndexOf(letter, (byte)'?')] = 0xE9;
        File.WriteAllBytes(System.IO.Path.Combine(_archive.Path, "letter.md"), letter);

        var (exit, output, _) = Run("check", _archive.Path);

        Assert.Equal(Cli.Cli.Success, exit);
        Assert.Equal(
            new[]
            {
                $"{_archive.Path}/letter.md(4,3): warning DG0035: 'letter.md' is not valid UTF-8 from here on, so its text would be misread and it is left out of the catalog; save it as UTF-8, or exclude it: <AdditionalFiles Update=\"{_archive.Path}/letter.md\" DocGenInclude=\"false\" /> in the project file, or --exclude \"letter.md\" for docgen check",
                $"{_archive.Path}/scan.md(3,1): warning DG0034: 'scan.md' holds a NUL character here, so it is binary, not text (an image or a document renamed .md?), and is left out of the catalog; export it again as UTF-8 Markdown, or exclude it: <AdditionalFiles Update=\"{_archive.Path}/scan.md\" DocGenInclude=\"false\" /> in the project file, or --exclude \"scan.md\" for docgen check",
                "3 files checked: 0 error(s), 2 warning(s)",
            },
            Lines(output));
    }

    [Fact]
    public void ExcludedFilesAreNotRead()
    {
        _archive.Write("telegram.md", Documents.Telegram);
        _archive.Write("notes/draft.md", Documents.Broken);

        var (failing, output, _) = Run("check", _archive.Path);
        var (passing, excluded, _) = Run("check", _archive.Path, "--exclude", "notes/*");

        Assert.Equal(Cli.Cli.ArchiveErrors, failing);
        Assert.Contains($"{_archive.Path}/notes/draft.md(", output, StringComparison.Ordinal);
        Assert.Equal(Cli.Cli.Success, passing);
        Assert.Equal(new[] { "1 files checked: 0 error(s), 0 warning(s)" }, Lines(excluded));
    }

    [Fact]
    public void AReadmeIsLeftOutByDefaultAsInTheBuild()
    {
        _archive.Write("telegram.md", Documents.Telegram);
        _archive.Write("README.md", Documents.Readme);
        _archive.Write("sub/license.md", Documents.Readme);

        var (passing, output, _) = Run("check", _archive.Path);
        var (failing, everything, _) = Run("check", _archive.Path, "--no-default-excludes");

        Assert.Equal(Cli.Cli.Success, passing);
        Assert.Equal(new[] { "1 files checked: 0 error(s), 0 warning(s)" }, Lines(output));
        Assert.Equal(Cli.Cli.ArchiveErrors, failing);
        Assert.Contains($"{_archive.Path}/README.md(1,1): error DG0001: 'README.md' does not start with a bold date", everything, StringComparison.Ordinal);
        Assert.Contains($"{_archive.Path}/sub/license.md(1,1): error DG0001:", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultExcludesAreTheBuilds()
    {
        // DocGen.props cannot call C#, so the two lists are kept equal here.
        var props = File.ReadAllText(Repository.Path("src", "DocGen.Generator", "buildTransitive", "DocGen.props"));
        var value = System.Text.RegularExpressions.Regex.Match(props, "<DocGenDefaultExcludes [^>]*>([^<]*)</DocGenDefaultExcludes>").Groups[1].Value;
        var patterns = value.Split(';').Select(pattern => pattern.StartsWith("**/", StringComparison.Ordinal) ? pattern.Substring(3) : pattern);

        Assert.Equal(patterns, Cli.CliOptions.DefaultExcludes);
    }

    [Fact]
    public void ProgressGoesToStandardErrorOnlyWhenForcedOffATerminal()
    {
        for (var i = 0; i < 20; i++)
        {
            _archive.Write($"doc{i:D2}.md", Documents.Uncited.Replace("Uncited Note", "Note " + i, StringComparison.Ordinal));
        }

        var (_, _, silent) = Run("check", _archive.Path, "--warnings-as-errors");
        var (_, output, progress) = Run("check", _archive.Path, "--progress");

        Assert.Equal(string.Empty, silent);
        Assert.Equal(
            new[] { "2", "4", "6", "8", "10", "12", "14", "16", "18", "20" }.Select(n => $"Reading {n}/20 files"),
            Lines(progress));
        Assert.DoesNotContain("Reading", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportRefusesAnArchiveWithErrors()
    {
        _archive.Write("broken.md", Documents.Broken);

        var (exit, output, error) = Run("export", _archive.Path, "--format", "ris");

        Assert.Equal(Cli.Cli.ArchiveErrors, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            new[]
            {
                $"{_archive.Path}/broken.md(2,3): error DG0003: The document has no bold title under its date line, so it is left out of the catalog; add one, e.g. **Telegram from X to Y**",
                "docgen: the archive has 1 error(s) and is not exported; 'docgen check' lists every problem",
            },
            Lines(error));
    }

    [Theory]
    [InlineData("csl-json")]
    [InlineData("bibtex")]
    [InlineData("ris")]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void ExportWritesWhatTheLibraryWritesInCatalogOrder(string format)
    {
        WriteArchiveInReverseCatalogOrder();
        var catalog = new[] { "e.md", "d.md", "c.md", "b.md", "a.md" }.Select(ArchiveDocumentOf).ToList();
        var expected = format switch
        {
            "csl-json" => catalog.ToCslJson(),
            "bibtex" => catalog.ToBibTeX(),
            "ris" => catalog.ToRis(),
            "text" => catalog.ToBibliography(CitationStyle.ChicagoNotesBibliography),
            "markdown" => catalog.ToBibliography(CitationStyle.ChicagoNotesBibliography, CitationMarkup.Markdown),
            _ => catalog.ToBibliography(CitationStyle.ChicagoNotesBibliography, CitationMarkup.Html),
        };

        var (exit, output, error) = Run("export", _archive.Path, "--format", format);

        Assert.Equal((Cli.Cli.Success, string.Empty), (exit, error));
        Assert.Equal(expected, output);
    }

    [Fact]
    public void ExportFollowsTheCatalogsOrderNotTheFilesOrder()
    {
        WriteArchiveInReverseCatalogOrder();

        var (_, output, _) = Run("export", _archive.Path, "--format", "csl-json");

        // 1951 before 1955 before 1960; of one date, id 9 before 10 (by value, not as text); undated last.
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(
            new[] { "112106", "200001", "9", "10", "300" },
            json.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()));
    }

    [Fact]
    public void ExportWritesTheStyleAndAccessDateAsked()
    {
        _archive.Write("telegram.md", Documents.Telegram);
        _archive.Write("undated.md", Documents.Dated("Undated", "Undated Note", "300"));
        var catalog = new[] { "telegram.md", "undated.md" }.Select(ArchiveDocumentOf).ToList();
        var day = new CalendarDay(2024, 3, 1);

        var apa = Run("export", _archive.Path, "--format", "html", "--style", "apa", "--accessed", "2024-03-01");
        var ris = Run("export", _archive.Path, "--format", "ris", "--accessed", "2024-03-01");

        Assert.Equal(catalog.ToBibliography(CitationStyle.Apa, CitationMarkup.Html, day), apa.Output);
        Assert.Contains("Retrieved March 1, 2024, from https://digitalarchive.wilsoncenter.org/document/300", apa.Output, StringComparison.Ordinal);
        Assert.Contains("(1951). <i>Telegram from Filippov to Mao</i>.", apa.Output, StringComparison.Ordinal);
        Assert.Equal(catalog.ToRis(day), ris.Output);
        Assert.Contains("Y2  - 2024/03/01/\r\n", ris.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportToAFileWritesWhatStandardOutputGets()
    {
        WriteArchiveInReverseCatalogOrder();
        var file = Path.Combine(_archive.Path, "out", "archive.bib");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        var (_, printed, _) = Run("export", _archive.Path, "--format", "bibtex");
        var (exit, output, error) = Run("export", _archive.Path, "--format", "bibtex", "--output", file);

        Assert.Equal((Cli.Cli.Success, string.Empty), (exit, output));
        Assert.Equal($"docgen: wrote 5 document(s) to {file}", error.Trim());
        Assert.Equal(printed, File.ReadAllText(file));
        Assert.NotEqual(0xEF, File.ReadAllBytes(file)[0]);
    }

    [Fact]
    public void ExportToAFolderThatDoesNotExistExitsTwo()
    {
        _archive.Write("telegram.md", Documents.Telegram);
        var file = Path.Combine(_archive.Path, "missing", "archive.ris");

        var (exit, _, error) = Run("export", _archive.Path, "--format", "ris", "--output", file);

        Assert.Equal(Cli.Cli.UsageError, exit);
        Assert.StartsWith($"docgen: cannot write '{file}': ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "docgen: no command given")]
    [InlineData(new[] { "lint", "x" }, "docgen: unknown command 'lint'")]
    [InlineData(new[] { "check" }, "docgen: 'check' needs the archive folder")]
    [InlineData(new[] { "check", "a", "b" }, "docgen: 'b' is not an option of 'check'")]
    [InlineData(new[] { "check", "a", "--format", "ris" }, "docgen: '--format' is not an option of 'check'")]
    [InlineData(new[] { "export", "a" }, "docgen: 'export' needs --format (csl-json, bibtex, ris, text, markdown, html)")]
    [InlineData(new[] { "export", "a", "--format", "mla" }, "docgen: unknown format 'mla'; use one of csl-json, bibtex, ris, text, markdown, html")]
    [InlineData(new[] { "export", "a", "--format", "text", "--style", "harvard" }, "docgen: unknown style 'harvard'; use one of ChicagoNotesBibliography, ChicagoAuthorDate, Apa, Mla")]
    [InlineData(new[] { "export", "a", "--format", "text", "--style" }, "docgen: --style needs a value")]
    [InlineData(new[] { "export", "a", "--style", "Apa", "--format", "csl-json" }, "docgen: --style applies to the formatted bibliographies (text, markdown, html); csl-json carries no style")]
    [InlineData(new[] { "export", "a", "--format", "ris", "--accessed", "1/3/2024" }, "docgen: --accessed needs a day written yyyy-mm-dd, such as 2024-03-01, not '1/3/2024'")]
    [InlineData(new[] { "export", "a", "--format", "ris", "--accessed", "2024-3-01" }, "docgen: --accessed needs a day written yyyy-mm-dd, such as 2024-03-01, not '2024-3-01'")]
    [InlineData(new[] { "export", "a", "--format", "ris", "--accessed", "2023-02-29" }, "docgen: --accessed: '2023-02-29' is not a day of the calendar (year, month and day in that order)")]
    [InlineData(new[] { "export", "a", "--format", "ris", "--accessed", "2024-13-01" }, "docgen: --accessed: '2024-13-01' is not a day of the calendar (year, month and day in that order)")]
    [InlineData(new[] { "export", "a", "--format", "ris", "--accessed", "0000-01-01" }, "docgen: --accessed: '0000-01-01' is not a day of the calendar (year, month and day in that order)")]
    [InlineData(new[] { "check", "a", "--style", "Apa" }, "docgen: '--style' is not an option of 'check'")]
    [InlineData(new[] { "check", "a", "--accessed", "2024-03-01" }, "docgen: '--accessed' is not an option of 'check'")]
    [InlineData(new[] { "check", "a", "--max-file-size", "-5" }, "docgen: --max-file-size needs a positive whole number of characters, not '-5'")]
    [InlineData(new[] { "check", "a", "--max-file-size" }, "docgen: --max-file-size needs a value")]
    public void AWrongCommandLineExitsTwoWithAMessage(string[] args, string message)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(Cli.Cli.UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(new[] { message, "Run 'docgen --help' for the commands and their options." }, Lines(error));
    }

    [Fact]
    public void AMissingFolderExitsTwo()
    {
        var missing = Path.Combine(_archive.Path, "nope");

        var (exit, _, error) = Run("check", missing);

        Assert.Equal(Cli.Cli.UsageError, exit);
        Assert.Equal($"docgen: the folder '{missing}' does not exist", error.Trim());
    }

    [Theory]
    [InlineData("check", "--max-file-size")]
    [InlineData("check", "--catalog-name")]
    [InlineData("check", "--namespace")]
    [InlineData("check", "--exclude")]
    [InlineData("check", "--warnings-as-errors")]
    [InlineData("check", "--info")]
    [InlineData("check", "--progress")]
    [InlineData("check", "--no-progress")]
    [InlineData("export", "--format")]
    [InlineData("export", "--output")]
    [InlineData("export", "--style")]
    [InlineData("export", "--accessed")]
    [InlineData("export", "--exclude")]
    [InlineData("export", "--max-file-size")]
    [InlineData("export", "--progress")]
    [InlineData("export", "--no-progress")]
    public void HelpExplainsEveryOption(string command, string option)
    {
        var (exit, output, _) = Run(command, "--help");

        Assert.Equal(Cli.Cli.Success, exit);
        Assert.Contains(Lines(output), line => line.TrimStart().StartsWith(option, StringComparison.Ordinal) || line.TrimStart().Contains(", " + option, StringComparison.Ordinal));
    }

    [Fact]
    public void GeneralHelpListsTheCommandsAndExitCodes()
    {
        var (exit, output, _) = Run("--help");

        Assert.Equal(Cli.Cli.Success, exit);
        Assert.Contains("  docgen check <folder> [options]", output, StringComparison.Ordinal);
        Assert.Contains("  docgen export <folder> --format <" + string.Join("|", CliOptions.Formats) + ">", output, StringComparison.Ordinal);
        Assert.Contains("  2  the command line is wrong", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  3  ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportHelpNamesEveryFormatAndStyle()
    {
        var (_, output, _) = Run("export", "--help");

        Assert.All(CliOptions.Formats.Concat(CliOptions.Styles), name => Assert.Matches("[ (]" + name + "[,) ]", output));
    }

    /// <summary>Five documents whose file names run the other way from the catalog's order.</summary>
    private void WriteArchiveInReverseCatalogOrder()
    {
        _archive.Write("a.md", Documents.Dated("Undated", "Undated Note", "300"));
        _archive.Write("b.md", Documents.Dated("July 1, 1960", "Report Ten", "10"));
        _archive.Write("c.md", Documents.Dated("July 1, 1960", "Report Nine", "9"));
        _archive.Write("d.md", Documents.Memo);
        _archive.Write("e.md", Documents.Telegram);
    }

    private ArchiveDocument ArchiveDocumentOf(string name)
    {
        var path = Path.Combine(_archive.Path, name);
        return DocumentMapper.ToArchiveDocument(DocGen.Core.Formats.Markdown.ArchiveDocumentParser.Parse(path, File.ReadAllText(path)));
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Cli.Cli.Run(args, output, error, errorIsTerminal: false);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Cli;
using DocGen.Core.Formats.Tei;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Site.Tests.Infrastructure;

/// <summary>
/// Documents of a FRUS TEI volume, read by the generator's reader and built by the road generated code takes (the
/// record the generator writes, read back by the runtime), so a page test sees what a compiled archive holds.
/// </summary>
public static class Volumes
{
    public static IReadOnlyList<ArchiveDocument> Read(string path, string text) =>
        TeiDocuments.From(path, TeiVolumeReader.Read(path, text)).Select(DocumentMapper.ToArchiveDocument).ToList();

    /// <summary>A small volume: the header of a real one and the documents given.</summary>
    public static IReadOnlyList<ArchiveDocument> Make(string body) => Read("Archive/frus1894Test.xml", """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1894Test">
        <teiHeader><fileDesc><titleStmt>
        <title type="complete">Papers Relating to the Foreign Relations of the United States, 1894, Appendix I</title>
        <title type="series">Foreign Relations of the United States</title>
        <title type="sub-series">1894</title>
        <editor role="primary">Jane Q. Editor</editor>
        </titleStmt><publicationStmt><publisher>Government Printing Office</publisher><pubPlace>Washington</pubPlace>
        <date>1895</date><idno type="frus">frus1894Test</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        """ + body + "\n</body></text></TEI>\n");

    public const string MissingReason = "../shared/frus/frus1894Nicaragua.xml is not beside the repository (the shared FRUS volumes)";

    private static readonly System.Lazy<IReadOnlyList<ArchiveDocument>?> SharedDocuments =
        new(() => SharedVolumePath() is { } path ? Read(path, File.ReadAllText(path)) : null);

    /// <summary>The documents of the shared FRUS volume as the reader finds them, or null without ../shared.</summary>
    public static IReadOnlyList<ArchiveDocument>? Shared => SharedDocuments.Value;

    /// <summary>The shared FRUS volume the site shows, or null where ../shared is not beside the repository.</summary>
    public static string? SharedVolumePath()
    {
        var path = Path.Combine(Repository.Root, "..", "shared", "frus", "frus1894Nicaragua.xml");
        return File.Exists(path) ? path : null;
    }
}

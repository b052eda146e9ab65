using System.Collections.Generic;

namespace DocGen.Cli;

/// <summary>
/// The one place `docgen export` turns documents into a bibliography. The exporters themselves belong to the runtime
/// library (ArchiveDocument.ToCslJson, ToBibTeX and ToRis, so compiled archives can export too); until they land
/// there, every format is reported as not available (exit code 3) instead of writing something half right.
/// </summary>
public static class Exporters
{
    /// <summary>Whether <paramref name="format"/> can be written by this build of the tool.</summary>
    public static bool IsAvailable(string format) => false;

    /// <summary>The whole archive in <paramref name="format"/> (one of <see cref="CliOptions.Formats"/>).</summary>
    public static string Export(IReadOnlyList<ArchiveDocument> documents, string format) =>
        throw new ExportNotAvailableException(format);
}

/// <summary>An export format this build of the tool cannot write yet.</summary>
public sealed class ExportNotAvailableException : System.Exception
{
    /// <summary>Creates the exception for <paramref name="format"/>.</summary>
    public ExportNotAvailableException(string format)
        : base($"export to {format} is not available yet: this build of docgen has no citation exporters (ArchiveDocument.ToCslJson, ToBibTeX, ToRis)")
    {
        Format = format;
    }

    /// <summary>The format asked for.</summary>
    public string Format { get; }
}

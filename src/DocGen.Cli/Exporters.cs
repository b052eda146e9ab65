using System.Collections.Generic;
using System.Text;

namespace DocGen.Cli;

/// <summary>
/// The one place `docgen export` turns documents into a bibliography, with the runtime library's exporters
/// (ArchiveDocument.ToCslJson, ToBibTeX and ToRis), so the tool writes exactly what a compiled archive would.
/// </summary>
public static class Exporters
{
    /// <summary>
    /// The whole archive in <paramref name="format"/> (one of <see cref="CliOptions.Formats"/>): CSL-JSON as one array
    /// (what Zotero and Pandoc import), biblatex entries separated by a blank line, RIS records one after another.
    /// </summary>
    public static string Export(IReadOnlyList<ArchiveDocument> documents, string format)
    {
        var builder = new StringBuilder();
        switch (format)
        {
            case "csl-json":
                builder.Append("[\n");
                for (var i = 0; i < documents.Count; i++)
                {
                    builder.Append(documents[i].ToCslJson()).Append(i + 1 < documents.Count ? ",\n" : "\n");
                }

                return builder.Append("]\n").ToString();
            case "bibtex":
                for (var i = 0; i < documents.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : "\n").Append(documents[i].ToBibTeX().TrimEnd('\n')).Append('\n');
                }

                return builder.ToString();
            case "ris":
                foreach (var document in documents)
                {
                    builder.Append(document.ToRis());
                }

                return builder.ToString();
            default:
                // CliOptions accepts only the formats above.
                throw new System.ArgumentOutOfRangeException(nameof(format), format, "unknown export format");
        }
    }
}

using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Links;

/// <summary>
/// The project's table of pages cited from other volumes: each such target ("frus1950v06#pg_587") with the document
/// of the project it falls in. Its own small source in the documents' namespace, which a shard hands to its
/// <c>DocumentShard</c> when one of its documents cites such a page: the shard's text names the table, never its
/// rows, so an edit to the cited volume re-emits the table and leaves the citing volume's shards as they were.
/// </summary>
public sealed record PageLinkTable(string Namespace, string HintName, bool Needed, EquatableArray<PageLinkEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The table's class in the documents' namespace (a name the catalog reserves).</summary>
    public const string ClassName = "DocGenPages";

    /// <summary>Its method: a target as a TEI <c>ref</c> writes it to the id of the document it falls in, or null.</summary>
    public const string Method = "DocumentOf";

    /// <summary>What a shard passes for the table.</summary>
    public const string Reference = ClassName + "." + Method;

    /// <summary>
    /// Whether the document cites a page of another volume (a link whose document the reader could not know): the
    /// one test of whether its shard consults the table, and of whether the table is written.
    /// </summary>
    public static bool Consults(ParsedDocument document) =>
        document.Cites.Any(link => link.DocumentId is null && link.Page is not null && link.Volume != document.Volume?.Id);
}

/// <summary>A page target of another volume ("frus1950v06#pg_587") and the id of the document it falls in ("frus1950v06/d123").</summary>
public sealed record PageLinkEntry(string Target, string DocumentId);

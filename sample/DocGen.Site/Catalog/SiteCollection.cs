using System.Collections.Generic;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>A collection of the archive (a folder, a file of many documents, or DocGenCollection metadata).</summary>
/// <param name="Key">The path of its class below the catalog, dot-separated ("Korea.Seoul"): the query string's value.</param>
/// <param name="Name">What a reader sees ("Korea › Seoul").</param>
/// <param name="Documents">Its documents, in catalog order.</param>
public sealed record SiteCollection(string Key, string Name, IReadOnlyList<ArchiveDocument> Documents);

using System;
using System.Collections.Generic;
using System.Linq;

namespace DocGen;

/// <summary>
/// Documents given by id and found through the catalog's <c>Get</c> when first read, so an index entry (a person's,
/// a place's) costs nothing until asked for; a race builds the same list twice.
/// </summary>
internal sealed class DocumentsById
{
    private readonly IReadOnlyList<string> _ids;
    private readonly Func<string, ArchiveDocument> _get;
    private IReadOnlyList<ArchiveDocument>? _documents;

    public DocumentsById(IReadOnlyList<string> ids, Func<string, ArchiveDocument> get)
    {
        _ids = ids;
        _get = get;
    }

    public IReadOnlyList<ArchiveDocument> Documents => _documents ??= _ids.Select(_get).ToArray();
}

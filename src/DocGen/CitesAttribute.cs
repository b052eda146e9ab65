using System;

namespace DocGen;

/// <summary>
/// Marks code that relies on an archive document, by the document's id. DocGen's analyzer makes an id that names no
/// document of the archive a compile error, so a citation in code can never point at nothing.
/// </summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Cites the document with the given id (the number in its archive URL), e.g. <c>[Cites("112106")]</c>.</summary>
    /// <param name="documentId">The document's id.</param>
    public CitesAttribute(string documentId) => DocumentId = documentId;

    /// <summary>The cited document's id.</summary>
    public string DocumentId { get; }
}

using DocGen.Core.Dates;

namespace DocGen.Core.Model;

/// <summary>
/// A part printed inside a document with its own heading, date and body (a FRUS attachment: "[Inclosure in No. 2.]").
/// <see cref="Pages"/> gives the page each of <see cref="Body"/>'s paragraphs starts on, in the same order ("" when
/// not known). Missing texts are null.
/// </summary>
public sealed record DocumentPart(
    string Heading,
    ParsedDate Date,
    string? Place,
    EquatableArray<string> Authors,
    EquatableArray<string> Recipients,
    string? Opener,
    string? Closer,
    string? Signature,
    EquatableArray<string> Body,
    EquatableArray<string> Pages,
    EquatableArray<DocumentNote> Notes);

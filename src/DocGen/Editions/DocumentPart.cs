using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// A part printed inside a published document with a heading of its own, such as an inclosure or an attachment.
/// </summary>
public sealed class DocumentPart
{
    internal DocumentPart(
        string heading, DocumentDate date, string? place, IReadOnlyList<string> authors, IReadOnlyList<string> recipients, string? opener, string? closer,
        string? signature, IReadOnlyList<string> body, IReadOnlyList<string> pages, IReadOnlyList<DocumentNote> notes)
    {
        Heading = heading;
        Date = date;
        Place = place;
        Authors = ReadOnly.List(authors);
        Recipients = ReadOnly.List(recipients);
        Opener = opener;
        Closer = closer;
        Signature = signature;
        Body = ReadOnly.List(body);
        Pages = ReadOnly.List(pages);
        Notes = ReadOnly.List(notes);
    }

    /// <summary>The part's heading ("Mr. Herbert to Mr. Gresham."); empty when it has none.</summary>
    public string Heading { get; }

    /// <summary>The part's own date.</summary>
    public DocumentDate Date { get; }

    /// <summary>Where it was written, or null.</summary>
    public string? Place { get; }

    /// <summary>Who wrote it, as its heading names them.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>To whom it was sent, as its heading names them.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>The text above its body ("[Inclosure in No. 2.]"), or null.</summary>
    public string? Opener { get; }

    /// <summary>The text below its body, signature included, or null.</summary>
    public string? Closer { get; }

    /// <summary>Its signature, or null.</summary>
    public string? Signature { get; }

    /// <summary>Its paragraphs.</summary>
    public IReadOnlyList<string> Body { get; }

    /// <summary>The page each paragraph of <see cref="Body"/> starts on ("" when not known).</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Its footnotes.</summary>
    public IReadOnlyList<DocumentNote> Notes { get; }
}

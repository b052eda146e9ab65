namespace DocGen.Core.Problems;

/// <summary>
/// What the parser found wrong with one document. The generator maps each code to a diagnostic id; the numbers
/// are the diagnostic ids' numbers (DG0001 ...), so they never change once released.
/// </summary>
public enum ProblemCode
{
    /// <summary>The file does not start with a bold date/title header.</summary>
    NotArchiveFormat = 1,

    /// <summary>The file is empty or only white space.</summary>
    EmptyDocument = 2,

    /// <summary>The header has no title.</summary>
    MissingTitle = 3,

    /// <summary>The header has no date line.</summary>
    MissingDate = 4,

    /// <summary>The date line could not be understood.</summary>
    UnparseableDate = 5,

    /// <summary>No <c>**Citation:**</c> section.</summary>
    MissingCitation = 6,

    /// <summary>The citation names no URL.</summary>
    MissingUrl = 7,

    /// <summary>A labelled section with no text under it.</summary>
    EmptySection = 8,

    /// <summary>The same labelled section twice; the first is kept.</summary>
    DuplicateSection = 9,

    /// <summary>A labelled section DocGen does not know; it is kept in <c>Fields</c>.</summary>
    UnknownSection = 10,

    // 11-14 are the generator's own cross-file diagnostics (member names, duplicate ids, internal errors).

    /// <summary>The file is larger than the configured limit and is not parsed.</summary>
    FileTooLarge = 15,

    /// <summary>The citation's URL is not an absolute http(s) URL.</summary>
    InvalidUrl = 16,

    /// <summary>The id in the URL disagrees with an id the file states elsewhere (file name, an ID field).</summary>
    IdMismatch = 17,

    /// <summary>The date in the citation is not the date in the header.</summary>
    CitationDateMismatch = 18,

    /// <summary>The title in the citation is not the title in the header.</summary>
    CitationTitleMismatch = 19,

    /// <summary>An original language DocGen cannot map to a language tag.</summary>
    UnknownLanguage = 20,

    /// <summary>An archival reference that is not a recognisable shelfmark (kept as raw text).</summary>
    NotAShelfmark = 21,

    /// <summary>A leaf or page range whose end is before its start ("ll. 18-17").</summary>
    ReversedRange = 22,

    /// <summary>An invisible or bidirectional control character (Trojan Source).</summary>
    InvisibleCharacter = 23,

    // 24 is the analyzer's cross-file DuplicateShelfmark.

    /// <summary>A bold header run that never closes its <c>**</c>.</summary>
    UnclosedBold = 25,

    // 40-44: the TEI (FRUS) reader's problems.

    /// <summary>A TEI file that is not well-formed XML; the documents read before the error are kept.</summary>
    MalformedXml = 40,

    /// <summary>A TEI file that declares a DTD or entities, which the reader prohibits.</summary>
    DtdProhibited = 41,

    /// <summary>A TEI file with no <c>div[@type='document']</c> that has an <c>xml:id</c>.</summary>
    NoDocuments = 42,

    /// <summary>Two document divs of one volume with the same <c>xml:id</c>; the first is kept.</summary>
    DuplicateDocumentId = 43,

    /// <summary>A document date outside what the volume can hold (its declared coverage, or after its publication).</summary>
    DateOutsideCoverage = 44,

    /// <summary>No format's reader accepts the file (its name and text match none of them).</summary>
    NoReader = 46,

    /// <summary>A TEI document div with no heading text; it is kept, named by its number or xml:id.</summary>
    MissingHeading = 47,

    /// <summary>A TEI date attribute that is not an ISO date (YYYY, YYYY-MM, xs:date, xs:dateTime); the document stays undated.</summary>
    UnreadableDateAttribute = 48,

    // 55-59: a TEI volume's persons and terms lists (55-57 found by AuthorityListReader).

    /// <summary>Two entries of a volume's persons or terms list with the same <c>xml:id</c>; the first is kept.</summary>
    DuplicateAuthorityId = 55,

    /// <summary>A <c>persName</c> or <c>term</c> of a persons or terms list with an <c>xml:id</c> but no text; it is left out.</summary>
    EmptyAuthorityName = 56,

    /// <summary>A <c>see</c> cross-reference of a persons or terms list whose target is not an entry of that list.</summary>
    UnknownSeeTarget = 57,

    // 63: a TEI volume's cross-references (60-62 are the generator's names of places).

    /// <summary>A <c>ref</c> to a document or page of its own volume (<c>#d45</c>, <c>#pg_587</c>) that the volume does not have.</summary>
    BrokenReference = 63,

    // 64-66: a user's authority file (PeopleFileReader); 67 is the generator's check of its FRUS entries.

    /// <summary>A line of an authority file that is not what the format allows (no header, no entry, an unknown key, a bad Wikidata id or FRUS entry); it is left out.</summary>
    MalformedPeopleLine = 64,

    /// <summary>An entry of an authority file whose id an entry before it has; it is left out.</summary>
    DuplicatePersonId = 65,

    /// <summary>A name, alias or FRUS entry of an authority file that an entry before it already claims; it is left out of the later entry.</summary>
    PeopleClaimTaken = 66,
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic DocGen reports. Ids are stable once shipped (see AnalyzerReleases.*.md); messages say what is
/// wrong and how to fix it.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Format = "DocGen.Format";
    private const string Catalog = "DocGen.Catalog";
    private const string Code = "DocGen.Code";

    public static readonly DiagnosticDescriptor NotArchiveFormat = Create(
        "DG0001", "File is not an archive document", Format, DiagnosticSeverity.Error,
        "'{0}' does not start with a bold date and title header (**June 5, 1951** then **Title**), so it is left out of the catalog; add the header, or exclude the file: {1}");

    public static readonly DiagnosticDescriptor EmptyDocument = Create(
        "DG0002", "Archive document is empty", Format, DiagnosticSeverity.Error,
        "'{0}' is empty, so it is left out of the catalog; write the document (date, title, sections, body) or remove the file from the archive");

    public static readonly DiagnosticDescriptor MissingTitle = Create(
        "DG0003", "Archive document has no title", Format, DiagnosticSeverity.Error,
        "The document has no bold title under its date line, so it is left out of the catalog; add one, e.g. **Telegram from X to Y**");

    public static readonly DiagnosticDescriptor MissingDate = Create(
        "DG0004", "Archive document has no date", Format, DiagnosticSeverity.Warning,
        "The document has no bold date line above its title; add one, e.g. **June 5, 1951**, or **Undated** if the date is not known");

    public static readonly DiagnosticDescriptor UnparseableDate = Create(
        "DG0005", "Date cannot be read", Format, DiagnosticSeverity.Warning,
        "The date '{0}' cannot be read: {1}");

    public static readonly DiagnosticDescriptor MissingCitation = Create(
        "DG0006", "Archive document has no citation", Format, DiagnosticSeverity.Warning,
        "The document has no **Citation:** section; add one in the archive's form: \"Title\", Date, Wilson Center Digital Archive, shelfmark. <URL>");

    public static readonly DiagnosticDescriptor MissingUrl = Create(
        "DG0007", "Citation has no URL", Format, DiagnosticSeverity.Info,
        "The citation names no URL, so the document id comes from the file name; end the citation with <https://digitalarchive.wilsoncenter.org/document/ID>");

    public static readonly DiagnosticDescriptor EmptySection = Create(
        "DG0008", "Section is empty", Format, DiagnosticSeverity.Warning,
        "The section '{0}' has no text; write its text in the paragraph under the label, or remove the label");

    public static readonly DiagnosticDescriptor DuplicateSection = Create(
        "DG0009", "Section appears twice", Format, DiagnosticSeverity.Warning,
        "The section '{0}' appears more than once and only the first is used; merge the two sections");

    public static readonly DiagnosticDescriptor UnknownSection = Create(
        "DG0010", "Unknown section", Format, DiagnosticSeverity.Info,
        "The section '{0}' is not one DocGen knows; it is kept in the document's Fields under that label. If it is a misspelt known label (Citation, Summary, Original Language, Contents), correct it; otherwise nothing needs fixing");

    public static readonly DiagnosticDescriptor InvalidMemberName = Create(
        "DG0011", "Member name override is not a valid identifier", Catalog, DiagnosticSeverity.Warning,
        "DocGenMemberName '{0}' cannot be a member name (it is not a valid C# identifier, is a keyword, is all lowercase ASCII letters, holds invisible characters, or is too long for the metadata name limit), so '{1}' is used; set it to a name like 'StalinToMao1951'");

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        "DG0012", "Two documents have the same id", Catalog, DiagnosticSeverity.Error,
        "The document id '{0}' is also used by '{1}'; this document is left out of the catalog. Give each document its own URL, or remove the copy");

    public static readonly DiagnosticDescriptor MemberNameCollision = Create(
        "DG0013", "Two documents would get the same member name", Catalog, DiagnosticSeverity.Warning,
        "This document's member name '{0}' is already taken by '{1}', so it is named '{2}'; {3}");

    public static readonly DiagnosticDescriptor InternalError = Create(
        "DG0014", "DocGen failed on a document", Catalog, DiagnosticSeverity.Error,
        "DocGen could not process this document ({0}); it is left out and the rest of the archive still generates. Please report this with the file");

    public static readonly DiagnosticDescriptor FileTooLarge = Create(
        "DG0015", "Archive file is too large", Format, DiagnosticSeverity.Error,
        "The file has {0} characters, over the limit of {1}, so it is not read and is left out of the catalog; split it, or raise the limit with the MSBuild property DocGenMaxFileSize");

    public static readonly DiagnosticDescriptor InvalidUrl = Create(
        "DG0016", "Citation URL is malformed", Format, DiagnosticSeverity.Warning,
        "'{0}' {1}; write the document's full address, e.g. <https://digitalarchive.wilsoncenter.org/document/112106>");

    public static readonly DiagnosticDescriptor IdMismatch = Create(
        "DG0017", "Document ids disagree", Format, DiagnosticSeverity.Warning,
        "The URL gives the document id '{0}' but {1}; correct whichever is wrong");

    public static readonly DiagnosticDescriptor CitationDateMismatch = Create(
        "DG0018", "Citation date disagrees with the header", Format, DiagnosticSeverity.Warning,
        "The citation dates the document '{0}' but the header says '{1}'; make them agree");

    public static readonly DiagnosticDescriptor CitationTitleMismatch = Create(
        "DG0019", "Citation title disagrees with the header", Format, DiagnosticSeverity.Warning,
        "The citation's title '{0}' is not the header's title '{1}'; make them agree (quotes and spacing do not count)");

    public static readonly DiagnosticDescriptor UnknownLanguage = Create(
        "DG0020", "Language not recognised", Format, DiagnosticSeverity.Info,
        "'{0}' is not a language name DocGen knows, so it has no language tag; write the English name of the language, e.g. 'Russian'");

    public static readonly DiagnosticDescriptor NotAShelfmark = Create(
        "DG0021", "Archival reference is not a shelfmark", Format, DiagnosticSeverity.Info,
        "'{0}' is not a recognisable shelfmark (repository, then labelled parts such as f., op., d., ll.), so only its text is kept; if it is an archival reference, write the repository first and then its labelled parts, e.g. 'APRF, f. 45, op. 1, d. 339, ll. 17-18'");

    public static readonly DiagnosticDescriptor ReversedRange = Create(
        "DG0022", "Range runs backwards", Format, DiagnosticSeverity.Warning,
        "'{0}' ends before it starts; write the range from the lower to the higher number");

    public static readonly DiagnosticDescriptor InvisibleCharacter = Create(
        "DG0023", "Invisible or bidirectional control character", Format, DiagnosticSeverity.Warning,
        "The text holds {0}, which is invisible and can make text read differently from what it says; remove it (generated code escapes it)");

    public static readonly DiagnosticDescriptor DuplicateShelfmark = Create(
        "DG0024", "Two documents cite the same shelfmark", Catalog, DiagnosticSeverity.Warning,
        "The shelfmark '{0}' is also cited by '{1}'; check that the two files are not the same document",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnclosedBold = Create(
        "DG0025", "Bold header text is not closed", Format, DiagnosticSeverity.Warning,
        "This bold line never closes its '**', so it is read up to here; close it with '**' at the end of its last line");

    public static readonly DiagnosticDescriptor InvalidCatalogName = Create(
        "DG0026", "Catalog name cannot be used", Catalog, DiagnosticSeverity.Warning,
        "DocGenCatalogName '{0}' cannot be used ({1}), so the catalog is named 'Archive'; choose another name");

    public static readonly DiagnosticDescriptor InvalidCitationStyle = Create(
        "DG0027", "Citation style is not known", Catalog, DiagnosticSeverity.Warning,
        "DocGenCitationStyle '{0}' names no citation style, so ChicagoNotesBibliography is used; use ChicagoNotesBibliography, ChicagoAuthorDate, Apa, Mla or the name of a .csl style added as an AdditionalFile");

    public static readonly DiagnosticDescriptor NameChanged = Create(
        "DG0031", "Name option changed to fit C#", Catalog, DiagnosticSeverity.Info,
        "{0} '{1}' is written '{2}' in the generated code (C# identifiers, no all-lowercase type names, no namespace named like a referenced type, at most 512 UTF-8 bytes for a namespace and 128 for the catalog name); set a name that needs no change");

    public static readonly DiagnosticDescriptor UnknownDocumentId = Create(
        "DG0030", "No document has this id", Code, DiagnosticSeverity.Error,
        "No document in the archive has the id '{0}'{1}");
    public static readonly DiagnosticDescriptor BinaryFile = Create(
        "DG0034", "Archive file is not text", Format, DiagnosticSeverity.Warning,
        "'{0}' holds a NUL character here, so it is binary, not text (an image or a document renamed .md?), and is left out of the catalog; export it again as UTF-8 Markdown, or exclude it: {1}");

    public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
        "DG0035", "Archive file is not valid UTF-8", Format, DiagnosticSeverity.Warning,
        "'{0}' is not valid UTF-8 from here on, so its text would be misread and it is left out of the catalog; save it as UTF-8, or exclude it: {1}");

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        "DG0036", "MSBuild option value is not valid", Catalog, DiagnosticSeverity.Warning,
        "The MSBuild property {0} is '{1}', which is not {2}, so {3} is used; correct the value, or remove the property");

    public static readonly DiagnosticDescriptor EmptyArchive = Create(
        "DG0037", "The archive is empty", Catalog, DiagnosticSeverity.Warning,
        "The archive is empty: {0}");

    public static readonly DiagnosticDescriptor UnusablePath = Create(
        "DG0038", "Archive file's path cannot be used", Catalog, DiagnosticSeverity.Warning,
        "{0}");

    public static readonly DiagnosticDescriptor MalformedXml = Create(
        "DG0040", "TEI file is not well-formed XML", Format, DiagnosticSeverity.Error,
        "The TEI file is not well-formed XML from here (the XML reader stops at its line {0}, position {1}), so it is read no further: the documents that end before this point are kept and the rest are left out; correct the markup (a mismatched or unclosed tag, a bare '&' or '<' in text, an entity such as &mdash; that XML does not define)");

    public static readonly DiagnosticDescriptor DtdProhibited = Create(
        "DG0041", "TEI file declares a DTD", Format, DiagnosticSeverity.Error,
        "The TEI file declares a DTD (<!DOCTYPE ...>), which DocGen never processes (its entities could expand without bound or read other files), so no document of the file is read; remove the declaration and write each entity it defines as the character it stands for");

    public static readonly DiagnosticDescriptor NoDocuments = Create(
        "DG0042", "TEI file holds no document", Format, DiagnosticSeverity.Warning,
        "'{0}' has no <div type=\"document\"> with an xml:id, so it gives no document; give each document div its own xml:id (e.g. xml:id=\"d1\"), or leave the file out of the archive");

    public static readonly DiagnosticDescriptor DuplicateDocumentId = Create(
        "DG0043", "Two documents of a volume have the same xml:id", Format, DiagnosticSeverity.Error,
        "This document div repeats the xml:id '{0}' of the one at {1}, so it is left out and the first is kept; give it an xml:id of its own");

    public static readonly DiagnosticDescriptor DateOutsideCoverage = Create(
        "DG0044", "Document date is outside the volume's dates", Format, DiagnosticSeverity.Warning,
        "The date {0} is outside the dates this volume can hold, {1} (its declared coverage, else up to its publication year), so it is probably mistyped; the document keeps it, but correct the date's attributes, or the volume's coverage if that is what is wrong");

    public static readonly DiagnosticDescriptor NoReader = Create(
        "DG0046", "No format reads this file", Format, DiagnosticSeverity.Error,
        "No archive format reads this file, so it is left out of the catalog; the formats are: {0}. Rename it to a format's extension, or exclude it with DocGenInclude=\"false\"");

    public static readonly DiagnosticDescriptor MissingHeading = Create(
        "DG0047", "TEI document has no heading", Format, DiagnosticSeverity.Warning,
        "The document div '{0}' has no <head> with text, so it is titled '{1}'; give it a heading, e.g. <head>The Secretary of State to the Minister in China</head>");

    public static readonly DiagnosticDescriptor UnreadableDateAttribute = Create(
        "DG0048", "TEI date attribute is not a date", Format, DiagnosticSeverity.Warning,
        "The date attribute value '{0}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or an xs:dateTime such as 1951-08-15T16:00:00), so the document is undated; correct the attribute, or remove it if the date is not known");

    public static readonly DiagnosticDescriptor DuplicateAuthorityId = Create(
        "DG0055", "Two entries of a persons or terms list have the same xml:id", Format, DiagnosticSeverity.Warning,
        "This {0} repeats the xml:id '{1}' of the entry at {2}, so it is left out and the first is kept; give it an xml:id of its own");

    public static readonly DiagnosticDescriptor EmptyAuthorityName = Create(
        "DG0056", "Entry of a persons or terms list has no name", Format, DiagnosticSeverity.Warning,
        "The {0} '{1}' has no text, so the entry is left out of the list; write the name (or abbreviation) inside it, e.g. <persName xml:id=\"p_KHA1\">Kissinger, Henry A.</persName>");

    public static readonly DiagnosticDescriptor UnknownSeeTarget = Create(
        "DG0057", "A see cross-reference points outside its list", Format, DiagnosticSeverity.Warning,
        "This 'see' cross-reference points at '#{0}', which is no entry of the volume's {1} list, so it is left out of the entry's see-also; point it at an xml:id of that list, or add the entry");

    public static readonly DiagnosticDescriptor AuthorityMemberCollision = Create(
        "DG0058", "Two entries of a persons or terms list get the same member name", Catalog, DiagnosticSeverity.Info,
        "The entry '{0}' would be named '{1}', which an entry before it in the list (or a member DocGen generates) already has, so it is named '{2}'; use that name, or its id through All");

    public static readonly DiagnosticDescriptor AuthorityClassCollision = Create(
        "DG0059", "A volume's Persons or Terms class name is taken", Catalog, DiagnosticSeverity.Warning,
        "The volume's collection class '{1}' already has a member named '{0}', so the list's class is named '{2}'; use that name, or change the heading of the document whose member takes it");

    public static readonly DiagnosticDescriptor PlaceMemberCollision = Create(
        "DG0060", "Two places of a collection get the same member name", Catalog, DiagnosticSeverity.Info,
        "The place '{0}' would be named '{1}', which another place of the collection (or a member DocGen generates) already has, so it is named '{2}'; use that name, or the place's name through Get");

    public static readonly DiagnosticDescriptor PlacesClassCollision = Create(
        "DG0061", "A collection's Places class name is taken", Catalog, DiagnosticSeverity.Warning,
        "The collection class '{1}' already has a member named '{0}', so its places' class is named '{2}'; use that name, or change the heading of the document whose member takes it");

    public static readonly DiagnosticDescriptor BrokenReference = Create(
        "DG0063", "A TEI reference points at a document or page its volume does not have", Format, DiagnosticSeverity.Warning,
        "The reference '{0}' points at a {1} of the volume {2} that the volume does not have, so it links nowhere; correct the target to an xml:id the volume has (a document's div, or a page's pb)");

    public static readonly DiagnosticDescriptor MalformedPeopleLine = Create(
        "DG0064", "A line of the authority file is not in its format", Format, DiagnosticSeverity.Warning,
        "This line of the authority file {0}; {1}");

    public static readonly DiagnosticDescriptor DuplicatePersonId = Create(
        "DG0065", "Two entries of the authority file have the same id", Format, DiagnosticSeverity.Warning,
        "The id '{0}' is already the id of the entry at {1}, so this entry is left out; give it an id of its own, or merge the two entries");

    public static readonly DiagnosticDescriptor PeopleClaimTaken = Create(
        "DG0066", "A name or FRUS entry is claimed by two entries of the authority file", Format, DiagnosticSeverity.Warning,
        "'{0}' already stands for the person '{1}' ({2}), so it is left out of this entry; a name or FRUS entry can join one person only, so remove it from one of them");

    public static readonly DiagnosticDescriptor UnknownPeopleLink = Create(
        "DG0067", "The authority file names a FRUS person its volume does not list", Format, DiagnosticSeverity.Warning,
        "The volume '{0}' is in the project, but its persons list has no entry '{1}', so this link joins nothing; correct it to an xml:id of the volume's persons list (a persName in list type=\"names\")");

    public static readonly DiagnosticDescriptor CollectionNameCollision = Create(
        "DG0045", "Two names of a collection's class collide", Catalog, DiagnosticSeverity.Warning,
        "The collection of the folder '{0}' would be named '{1}', which its enclosing class already has, so it is named '{2}'; rename the folder");

    public static readonly DiagnosticDescriptor CslNotUsable = Create(
        "DG0050", "CSL file is not a usable style or locale", Format, DiagnosticSeverity.Error,
        "This CSL file cannot be used, so no style or locale is generated from it: {0}");

    public static readonly DiagnosticDescriptor CslUnknownMacro = Create(
        "DG0051", "CSL style calls a macro it does not define", Format, DiagnosticSeverity.Error,
        "The style is not generated: {0}");

    public static readonly DiagnosticDescriptor CslUnsupportedFeature = Create(
        "DG0052", "CSL style uses what the processor does not render", Format, DiagnosticSeverity.Error,
        "The style is not generated: {0}");

    public static readonly DiagnosticDescriptor CslMissingLocale = Create(
        "DG0053", "CSL style's default locale has no locale file", Format, DiagnosticSeverity.Error,
        "The style is not generated: {0}");

    public static readonly DiagnosticDescriptor CslNameCollision = Create(
        "DG0054", "Two CSL files would get the same name", Catalog, DiagnosticSeverity.Error,
        "This CSL file would be named '{0}', like '{1}', which keeps the name, so this one is not generated; rename one of the files");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = Index(
        NotArchiveFormat, EmptyDocument, MissingTitle, MissingDate, UnparseableDate, MissingCitation, MissingUrl, EmptySection,
        DuplicateSection, UnknownSection, InvalidMemberName, DuplicateId, MemberNameCollision, InternalError, FileTooLarge, InvalidUrl,
        IdMismatch, CitationDateMismatch, CitationTitleMismatch, UnknownLanguage, NotAShelfmark, ReversedRange, InvisibleCharacter,
        DuplicateShelfmark, UnclosedBold, InvalidCatalogName, InvalidCitationStyle, NameChanged, UnknownDocumentId,
        BinaryFile, InvalidUtf8, InvalidOption, EmptyArchive, UnusablePath, MalformedXml, DtdProhibited, NoDocuments, DuplicateDocumentId,
        DateOutsideCoverage, NoReader, CollectionNameCollision, MissingHeading, UnreadableDateAttribute, DuplicateAuthorityId,
        EmptyAuthorityName, UnknownSeeTarget, AuthorityMemberCollision, AuthorityClassCollision,
        PlaceMemberCollision, PlacesClassCollision, BrokenReference, MalformedPeopleLine, DuplicatePersonId, PeopleClaimTaken, UnknownPeopleLink,
        CslNotUsable, CslUnknownMacro, CslUnsupportedFeature, CslMissingLocale, CslNameCollision);

    public static DiagnosticDescriptor ById(string id) => All[id];

    public static IEnumerable<DiagnosticDescriptor> Every => All.Values;

    private static DiagnosticDescriptor Create(string id, string title, string category, DiagnosticSeverity severity, string message, params string[] tags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id), customTags: tags);

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}

using System;
using System.Linq;
using DocGen;
using DocGen.Sample;
using DocGen.Sample.ArchiveDocuments;

// Every document of Archive/ is a typed value, checked and built at compile time: nothing is read at run time.
// The documents of the FRUS volume (a TEI file the project adds when ../shared has it) are listed apart.
const string Volume = "frus1894Nicaragua";
var fromVolume = Archive.All.Where(d => d.Id.StartsWith(Volume + "/", StringComparison.Ordinal)).ToList();
Console.WriteLine($"The archive holds {Archive.Count - fromVolume.Count} Markdown documents, oldest first.");
Console.WriteLine();
foreach (var document in Archive.All.Except(fromVolume))
{
    PrintDocument(document);
}

Console.WriteLine(fromVolume.Count == 0
    ? $"The TEI volume ../shared/frus/{Volume}.xml is absent, so the archive holds no FRUS document."
    : $"The TEI volume {Volume}.xml ({fromVolume[0].Volume?.FullTitle}, {fromVolume[0].Volume?.PublicationYear}) adds {fromVolume.Count} FRUS documents; the first is No. {fromVolume[0].Number}, \"{fromVolume[0].Title}\" ({fromVolume[0].Place}, {fromVolume[0].Date.Text}), {fromVolume[0].Url}");
Console.WriteLine();

// Document constants are compile-time constants: they work in switch cases and attribute arguments.
var wanted = TelegramFromShtykovToUSSRCouncilOfMinistersConstants.Id;
switch (wanted)
{
    case TelegramFromShtykovToUSSRCouncilOfMinistersConstants.Id:
        Console.WriteLine($"Looked up by constant: {Archive.Get(wanted).Title} ({TelegramFromShtykovToUSSRCouncilOfMinistersConstants.DateText})");
        break;
}

Console.WriteLine(Archive.TryGet("no-such-id", out _) ? "unexpected" : "No document has the id 'no-such-id'.");
PrintCitations(TelegramFromShtykovToUSSRCouncilOfMinistersConstants.Document);
Console.WriteLine($"As a compile-time constant: {TelegramFromShtykovToUSSRCouncilOfMinistersConstants.FormattedCitation}");
Console.WriteLine(Lessons.Describe());

static void PrintDocument(ArchiveDocument document)
{
    Console.WriteLine($"{document.Date.Text,-20} [{document.Date.Edtf ?? "undated"}] {document.Title}");
    Console.WriteLine($"  id: {document.Id}");
    foreach (var source in document.Sources)
    {
        var where = source.IsShelfmark ? $"{source.Repository}: {string.Join(" / ", source.Locators)}" : "(not a shelfmark)";
        Console.WriteLine($"  source: {source.Raw}");
        Console.WriteLine($"          {where}");
    }

    Console.WriteLine($"  cite as: {document.Citation ?? "(no citation)"}");
    Console.WriteLine();
}

// One document in every citation style and form, and in every export format (see docs/citations.md).
static void PrintCitations(ArchiveDocument document)
{
    Console.WriteLine();
    Console.WriteLine($"Citations of \"{document.Title}\":");
    foreach (var style in new[] { CitationStyle.ChicagoNotesBibliography, CitationStyle.ChicagoAuthorDate, CitationStyle.Apa, CitationStyle.Mla })
    {
        foreach (var form in new[] { CitationForm.Bibliography, CitationForm.Note, CitationForm.ShortNote })
        {
            Console.WriteLine($"  {style} {form}: {document.Cite(style, form)}");
        }
    }

    Console.WriteLine($"  APA, HTML: {document.Cite(CitationStyle.Apa, CitationForm.Bibliography, CitationMarkup.Html)}");
    Console.WriteLine($"  APA, Markdown: {document.Cite(CitationStyle.Apa, CitationForm.Bibliography, CitationMarkup.Markdown)}");
    Console.WriteLine("CSL-JSON:");
    Console.WriteLine(document.ToCslJson(new DateOnly(2024, 3, 1)));
    Console.WriteLine("BibTeX (biblatex):");
    Console.Write(document.ToBibTeX());
    Console.WriteLine("RIS:");
    Console.Write(document.ToRis().Replace("\r\n", "\n"));
}

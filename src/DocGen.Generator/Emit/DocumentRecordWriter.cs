using System.Collections.Generic;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes a parsed document as the numbers and literals of its <c>DocumentRecord</c>, in the order the runtime reads
/// them (see DocumentRecord's remarks): the two must change together, and the round-trip tests hold them to it.
/// </summary>
public static class DocumentRecordWriter
{
    /// <param name="literals">The pool of the document's table, shared by its documents.</param>
    public static List<int> Write(ParsedDocument document, EmbeddedFile? embedded, LiteralTable literals)
    {
        var data = new List<int>();

        // The resource name is always pooled (the file cannot be sliced before it is found), in two pieces: its folder,
        // which the table's documents share, and its file name.
        if (embedded is null)
        {
            data.AddRange(new[] { 0, 0 });
        }
        else
        {
            var name = embedded.ResourceName;
            var folder = name.LastIndexOf('/') + 1;
            if (folder > 0 && folder < name.Length)
            {
                data.AddRange(new[] { 2, -1 - literals.IndexOf(name.Substring(0, folder)), -1 - literals.IndexOf(name.Substring(folder)) });
            }
            else
            {
                data.Add(-1 - literals.IndexOf(name));
            }

            data.Add(embedded.Text.Length);
        }

        var slices = new TextSlices(embedded?.Text);
        void Text(string? value) => slices.Write(value, data, literals);
        void List(EquatableArray<string> values)
        {
            data.Add(values.Count);
            foreach (var value in values)
            {
                Text(value);
            }
        }

        Text(document.Id);
        Text(document.Title);
        var date = document.Date;
        Text(date.Text);
        data.AddRange(new[] { date.Start.Year, date.Start.Month, date.Start.Day, (int)date.Start.Precision });
        data.AddRange(new[] { date.End.Year, date.End.Month, date.End.Day, (int)date.End.Precision });
        data.Add((date.IsRange ? 1 : 0) | (date.IsApproximate ? 2 : 0) | (date.IsUncertain ? 4 : 0));
        Text(date.Edtf);
        Text(document.Url);
        Text(document.Citation);
        Text(document.ArchiveName);
        data.Add(document.Sources.Count);
        foreach (var source in document.Sources)
        {
            Text(source.Raw);
            Text(source.Repository);
            data.Add(source.Locators.Count);
            foreach (var locator in source.Locators)
            {
                Text(locator.Label);
                Text(locator.Kind);
                Text(locator.Value);
            }
        }

        Text(document.Summary);
        List(document.OriginalLanguages);
        Text(document.Contents);
        List(document.Body);
        data.Add(document.Fields.Count);
        foreach (var field in document.Fields)
        {
            Text(field.Label);
            Text(field.Value);
        }

        List(document.LanguageTags);

        // What the runtime's Cite formats from.
        List(document.Authors);
        List(document.Recipients);
        Text(document.ArchiveLocation);
        Text(document.CitedLanguage);
        return data;
    }
}

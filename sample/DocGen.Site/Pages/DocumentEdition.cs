using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocGen;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>
/// What a published edition states about a document and a Markdown export does not: the volume it was printed in,
/// its attachments (each a text with its own heading, date and notes), and the other documents of its people.
/// Each part writes nothing when the document has none of it.
/// </summary>
public static class DocumentEdition
{
    /// <summary>How many other documents of a person the page lists.</summary>
    public const int RelatedLimit = 5;

    public static void Volume(StringBuilder html, ArchiveDocument document)
    {
        if (document.Volume is not { } volume)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"volume\" class=\"volume\">\n<h2 id=\"volume\">Published in</h2>\n<dl class=\"facts\">\n");
        var title = volume.FullTitle ?? string.Join(", ", new[] { volume.Series, volume.Subseries, volume.VolumeNumber, volume.VolumeTitle }.Where(t => !string.IsNullOrEmpty(t)));
        Fact(html, "Volume", title.Length > 0 ? title : volume.Id);
        // A header may leave an editor element empty.
        var editors = volume.Editors.Where(e => !string.IsNullOrWhiteSpace(e.Name)).Select(e => e.Role is { Length: > 0 } role ? $"{e.Name} ({role})" : e.Name).ToList();
        Fact(html, editors.Count == 1 ? "Editor" : "Editors", string.Join("; ", editors));

        Fact(html, "Publisher", string.Join(", ", new[] { volume.Publisher, volume.PublicationPlace }.Where(t => !string.IsNullOrEmpty(t))));
        Fact(html, "Year", volume.PublicationYear);
        html.Append("</dl>\n</section>\n");
    }

    /// <param name="page">The page the document's body ends on.</param>
    public static void Attachments(StringBuilder html, ArchiveDocument document, string page)
    {
        if (document.Attachments.Count == 0)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"attachments\" class=\"attachments\">\n<h2 id=\"attachments\">Attachments</h2>\n");
        for (var a = 0; a < document.Attachments.Count; a++)
        {
            var part = document.Attachments[a];
            var prefix = "attachment-" + (a + 1) + "-";
            html.Append("<section aria-labelledby=\"").Append(prefix).Append("heading\" class=\"attachment\">\n<h3 id=\"").Append(prefix).Append("heading\">")
                .Append(Html.Text(part.Heading.Length > 0 ? part.Heading : "Attachment " + (a + 1)));
            DocumentText.HeadingAnchors(html, part.Notes, prefix);
            html.Append("</h3>\n<dl class=\"facts\">\n");
            if (part.Date.IsKnown)
            {
                Fact(html, "Date", part.Date.Text);
            }

            Fact(html, "Place", part.Place);
            Fact(html, part.Authors.Count == 1 ? "Author" : "Authors", string.Join("; ", part.Authors));
            Fact(html, part.Recipients.Count == 1 ? "Recipient" : "Recipients", string.Join("; ", part.Recipients));
            html.Append("</dl>\n");
            Framed(html, part.Opener, part.Body, part.Pages, part.Notes, part.Closer, part.Signature, prefix, ref page);
            DocumentText.Notes(html, part.Notes, prefix, "h4");
            html.Append("</section>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A text with what is printed above it (opener) and below it (closer, and the signature when the closer does not hold it).</summary>
    public static void Framed(
        StringBuilder html, string? opener, IReadOnlyList<string> body, IReadOnlyList<string> pages, IReadOnlyList<DocumentNote> notes, string? closer, string? signature, string prefix,
        ref string page)
    {
        if (!string.IsNullOrEmpty(opener))
        {
            html.Append("<p class=\"opener\">").Append(Html.Text(opener)).Append("</p>\n");
        }

        DocumentText.Paragraphs(html, body, pages, notes, prefix, ref page);
        if (!string.IsNullOrEmpty(closer))
        {
            html.Append("<p class=\"closer\">").Append(Html.Text(closer)).Append("</p>\n");
        }

        if (!string.IsNullOrEmpty(signature) && (closer is null || !closer.Contains(signature, System.StringComparison.Ordinal)))
        {
            html.Append("<p class=\"signature\">").Append(Html.Text(signature)).Append("</p>\n");
        }
    }

    public static void Related(StringBuilder html, SiteArchive archive, ArchiveDocument document, SiteLinks links)
    {
        var related = archive.Related.Of(document, RelatedLimit);
        if (related.Count == 0)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"related\" class=\"related\">\n<h2 id=\"related\">Related documents</h2>\n");
        foreach (var person in related)
        {
            html.Append("<h3>").Append(Html.Text(person.Name)).Append("</h3>\n<ul>\n");
            foreach (var other in person.Documents)
            {
                html.Append("<li><a href=\"").Append(Html.Attribute(links.Document(other.Id))).Append("\">").Append(Html.Text(other.Title)).Append("</a>");
                if (other.Date.IsKnown)
                {
                    html.Append(" <span class=\"date\">").Append(Html.Text(other.Date.Text)).Append("</span>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
            if (person.Total > person.Documents.Count)
            {
                // The static export has no server to filter by person, so there it only says how many there are.
                html.Append("<p>");
                if (links.IsStatic)
                {
                    html.Append(person.Total).Append(" other documents in all.");
                }
                else
                {
                    html.Append("<a href=\"").Append(Html.Attribute(links.Catalog(new CatalogQuery { Person = person.Name }))).Append("\">Every document of ")
                        .Append(Html.Text(person.Name)).Append(" in the catalog</a>");
                }

                html.Append("</p>\n");
            }
        }

        html.Append("</section>\n");
    }

    private static void Fact(StringBuilder html, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Append("<dt>").Append(Html.Text(name)).Append("</dt><dd>").Append(Html.Text(value)).Append("</dd>\n");
        }
    }
}

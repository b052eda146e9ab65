using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocGen;

namespace DocGen.Site.Pages;

/// <summary>
/// A text as printed: its paragraphs with a marker where a new page starts, each footnote's number linked from its
/// anchor to the note and back, and the notes below. A document and each of its attachments are such a text; the
/// prefix keeps their element ids apart on one page.
/// </summary>
public static class DocumentText
{
    /// <summary>
    /// The paragraphs, with a page marker before each that starts a page other than <paramref name="page"/>, the
    /// page the text before them ends on (so an attachment that goes on on the same page gets no marker); on return
    /// it is the page these end on.
    /// </summary>
    public static void Paragraphs(StringBuilder html, IReadOnlyList<string> body, IReadOnlyList<string> pages, IReadOnlyList<DocumentNote> notes, string prefix, ref string page)
    {
        // Each paragraph's notes, in anchor order: found in one pass over the notes.
        var byParagraph = new Dictionary<int, List<(DocumentNote Note, int Index)>>();
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].Paragraph >= 0)
            {
                if (!byParagraph.TryGetValue(notes[i].Paragraph, out var list))
                {
                    byParagraph[notes[i].Paragraph] = list = new List<(DocumentNote, int)>();
                }

                list.Add((notes[i], i));
            }
        }

        for (var p = 0; p < body.Count; p++)
        {
            if (p < pages.Count && pages[p].Length > 0 && pages[p] != page)
            {
                page = pages[p];
                html.Append("<p class=\"page\" id=\"").Append(Html.Attribute(prefix + "page-" + page)).Append("\">[Page ").Append(Html.Text(page)).Append("]</p>\n");
            }

            var text = body[p];
            html.Append("<p>");
            var at = 0;
            if (byParagraph.TryGetValue(p, out var anchored))
            {
                foreach (var (note, index) in anchored.OrderBy(n => n.Note.Offset))
                {
                    var offset = Math.Clamp(note.Offset, at, text.Length);
                    Lines(html, text, at, offset);
                    Anchor(html, note, index, prefix);
                    at = offset;
                }
            }

            Lines(html, text, at, text.Length);
            html.Append("</p>\n");
        }
    }

    /// <summary>The anchors of the notes that stand in the heading (paragraph -1), for the end of the heading.</summary>
    public static void HeadingAnchors(StringBuilder html, IReadOnlyList<DocumentNote> notes, string prefix)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].Paragraph < 0)
            {
                Anchor(html, notes[i], i, prefix);
            }
        }
    }

    /// <summary>The notes, each with its printed number and a link back to where it is anchored.</summary>
    public static void Notes(StringBuilder html, IReadOnlyList<DocumentNote> notes, string prefix, string headingLevel)
    {
        if (notes.Count == 0)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"").Append(prefix).Append("notes\" class=\"notes\">\n<")
            .Append(headingLevel).Append(" id=\"").Append(prefix).Append("notes\">Notes</").Append(headingLevel).Append(">\n<ol>\n");
        for (var i = 0; i < notes.Count; i++)
        {
            var id = prefix + "note-" + (i + 1);
            html.Append("<li id=\"").Append(id).Append("\"><span class=\"note-number\">").Append(Html.Text(Label(notes[i]))).Append("</span> ")
                .Append(Html.Text(notes[i].Text))
                .Append(" <a href=\"#").Append(prefix).Append("noteref-").Append(i + 1).Append("\" class=\"back\" aria-label=\"Back to the text of note ")
                .Append(Html.Attribute(Label(notes[i]))).Append("\">↩</a></li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    /// <summary>The note's number as printed, or "*" for an unnumbered one.</summary>
    public static string Label(DocumentNote note) => string.IsNullOrEmpty(note.Number) ? "*" : note.Number;

    private static void Anchor(StringBuilder html, DocumentNote note, int index, string prefix) =>
        html.Append("<sup class=\"noteref\"><a href=\"#").Append(prefix).Append("note-").Append(index + 1).Append("\" id=\"").Append(prefix)
            .Append("noteref-").Append(index + 1).Append("\" aria-label=\"Note ").Append(Html.Attribute(Label(note))).Append("\">")
            .Append(Html.Text(Label(note))).Append("</a></sup>");

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, escaped, its line breaks kept.</summary>
    private static void Lines(StringBuilder html, string text, int start, int end)
    {
        if (end > start)
        {
            html.Append(Html.Text(text.Substring(start, end - start)).Replace("\n", "<br>\n", StringComparison.Ordinal));
        }
    }
}

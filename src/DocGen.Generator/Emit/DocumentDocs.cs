using DocGen.Core.Model;

namespace DocGen.Generator.Emit;

/// <summary>The XML doc comment IntelliSense shows for a document: title, date and summary.</summary>
internal static class DocumentDocs
{
    public static void Write(SourceWriter writer, ParsedDocument document)
    {
        writer.Line("/// <summary>" + DocComment.Escape(document.Title) + "</summary>");
        var date = document.Date.Text.Length == 0 ? "undated" : document.Date.Text;
        writer.Line("/// <remarks>");
        writer.Line("/// <para>" + DocComment.Escape(date) + " · id " + DocComment.Escape(document.Id) + "</para>");
        if (document.Summary is { } summary)
        {
            writer.Line("/// <para>" + DocComment.Escape(summary) + "</para>");
        }

        writer.Line("/// </remarks>");
    }
}

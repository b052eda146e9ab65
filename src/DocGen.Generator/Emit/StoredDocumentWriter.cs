using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Maps a parsed document to what its record stores: the generator's half of the model's one road (the runtime's
/// StoredDocumentReader is the other). A field the runtime should see is set here, and nowhere else in the generator.
/// </summary>
internal static class StoredDocumentWriter
{
    /// <param name="embedded">The embedded file long strings are sliced from, or null to pool them all.</param>
    public static StoredDocument From(ParsedDocument document, EmbeddedFile? embedded)
    {
        var date = document.Date;
        return new StoredDocument
        {
            FileResource = embedded?.ResourceName,
            FileLength = embedded?.Text.Length ?? 0,
            Id = document.Id,
            Title = document.Title,
            DateText = date.Text,
            DateStart = Point(date.Start),
            DateEnd = Point(date.End),
            DateIsRange = date.IsRange,
            DateIsApproximate = date.IsApproximate,
            DateIsUncertain = date.IsUncertain,
            DateEdtf = date.Edtf,
            Url = document.Url,
            Citation = document.Citation,
            ArchiveName = document.ArchiveName,
            Sources = document.Sources.Select(source => new StoredSource
            {
                Raw = source.Raw,
                Repository = source.Repository,
                Locators = source.Locators.Select(locator => new StoredLocator { Label = locator.Label, Kind = locator.Kind, Value = locator.Value }).ToArray(),
            }).ToArray(),
            Summary = document.Summary,
            OriginalLanguages = document.OriginalLanguages.ToArray(),
            Contents = document.Contents,
            Body = document.Body.ToArray(),
            Fields = document.Fields.Select(field => new StoredField { Label = field.Label, Value = field.Value }).ToArray(),
            LanguageTags = document.LanguageTags.ToArray(),
            Authors = document.Authors.ToArray(),
            Recipients = document.Recipients.ToArray(),
            ArchiveLocation = document.ArchiveLocation,
            CitedLanguage = document.CitedLanguage,
        };
    }

    private static StoredPoint Point(Core.Dates.DatePoint point) =>
        new() { Year = point.Year, Month = point.Month, Day = point.Day, Precision = (int)point.Precision };
}

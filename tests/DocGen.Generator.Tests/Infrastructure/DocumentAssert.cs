using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>Field-by-field comparison of a compiled, loaded document with what the parser read.</summary>
public static class DocumentAssert
{
    public static void SameAsParsed(ParsedDocument parsed, DocGen.ArchiveDocument document)
    {
        Assert.Equal(parsed.Id, document.Id);
        Assert.Equal(parsed.Title, document.Title);
        Assert.Equal(parsed.Url, document.Url);
        Assert.Equal(parsed.Citation, document.Citation);
        Assert.Equal(parsed.ArchiveName, document.ArchiveName);
        Assert.Equal(parsed.Summary, document.Summary);
        Assert.Equal(parsed.Contents, document.Contents);
        Assert.Equal(parsed.Body.ToArray(), document.Body.ToArray());
        Assert.Equal(parsed.OriginalLanguages.ToArray(), document.OriginalLanguages.ToArray());
        Assert.Equal(parsed.LanguageTags.ToArray(), document.LanguageTags.ToArray());
        Assert.Equal(parsed.Date.Text, document.Date.Text);
        Assert.Equal(parsed.Date.Edtf, document.Date.Edtf);
        Assert.Equal(parsed.Sources.Select(s => s.Raw), document.Sources.Select(s => s.Raw));
        Assert.Equal(parsed.Sources.Select(s => s.Repository), document.Sources.Select(s => s.Repository));
        Assert.Equal(
            parsed.Sources.SelectMany(s => s.Locators).Select(l => (l.Label, l.Kind, l.Value)),
            document.Sources.SelectMany(s => s.Locators).Select(l => (l.Label, l.Kind, l.Value)));
        Assert.Equal(
            parsed.Fields.Select(f => (f.Label, f.Value)).OrderBy(f => f.Label, System.StringComparer.Ordinal),
            document.Fields.Select(f => (f.Key, f.Value)).OrderBy(f => f.Key, System.StringComparer.Ordinal));
    }
}

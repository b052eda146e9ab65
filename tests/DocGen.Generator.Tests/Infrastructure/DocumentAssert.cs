using DocGen.Core.Model;
using DocGen.Tests.Model;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>A runtime document holds what the parser read: every public member, by the shared ModelMatch.</summary>
public static class DocumentAssert
{
    public static void SameAsParsed(ParsedDocument parsed, DocGen.ArchiveDocument document)
    {
        var difference = ModelMatch.FirstDifference(parsed, document);
        Assert.True(difference is null, $"{parsed.Path} (id {parsed.Id}): {difference}");
    }
}

using System;
using DocGen.Core.Formats.Tei.Authorities;
using DocGen.Generator.Authorities;
using DocGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests;

/// <summary>Fault injection, as ParseFaultTests does for documents: a fault reading a volume's lists is DG0014 at the start of the file, never a failed run.</summary>
public class AuthorityFaultTests
{
    private const string Volume = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1969-76v19p1"><text><front>
        <list type="names"><item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant</item></list>
        </front><body><div type="document" xml:id="d1" n="1"><head>Memorandum</head><p>Text.</p></div></body></text></TEI>
        """;

    private static readonly DocumentInput Input = new("/archive/frus1969-76v19p1.xml", Volume, null, int.MaxValue, null);

    [Fact]
    public void AnExceptionWhileReadingTheListsBecomesDG0014AtTheStartOfTheFileWithNoEntries()
    {
        var reading = AuthorityStage.Read(Input, _ => throw new InvalidOperationException("injected fault"));

        Assert.NotNull(reading);
        Assert.Empty(reading!.Persons);
        Assert.Empty(reading.Terms);
        var diagnostic = Assert.Single(reading.Diagnostics).ToDiagnostic();
        Assert.Equal(("DG0014", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("/archive/frus1969-76v19p1.xml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new TextSpan(0, 0), diagnostic.Location.SourceSpan);
        Assert.Contains("InvalidOperationException: injected fault", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAFaultTheListsAreReadAndNothingIsReported()
    {
        var reading = AuthorityStage.Read(Input, AuthorityListReader.Read);

        Assert.Empty(reading!.Diagnostics);
        Assert.Equal("Kissinger, Henry A.", Assert.Single(reading.Persons).Name);
    }

    [Fact]
    public void AMarkdownFileHasNoLists()
    {
        Assert.Null(AuthorityStage.Read(Input with { Path = "/archive/memo.md", Text = Infrastructure.TestDocuments.Memo }));
    }
}

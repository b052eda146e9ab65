using System.Globalization;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Tests;

/// <summary>
/// A value quoted in a diagnostic message shows its invisible characters as escapes: the build log and the editor
/// would otherwise reorder or hide the very text the diagnostic is about (Trojan Source).
/// </summary>
public class MessageTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Сталин 毛泽东 \U0001F600", "Сталин 毛泽东 \U0001F600")]
    [InlineData("evil\u202Etxt.exe\u202C", "evil\\u202Etxt.exe\\u202C")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("two\nlines\u2028", "two\\u000Alines\\u2028")]
    public void InvisibleCharactersAreWrittenAsEscapes(string value, string shown)
    {
        Assert.Equal(shown, MessageText.Visible(value));
    }

    [Fact]
    public void ALoneSurrogateIsWrittenAsAnEscapeAndAPairIsKept()
    {
        // Built here: a lone surrogate does not survive a theory's serialised arguments.
        var value = "lone " + '\uD800' + " pair " + char.ConvertFromUtf32(0x1F600);
        Assert.Equal("lone \\uD800 pair " + char.ConvertFromUtf32(0x1F600), MessageText.Visible(value));
    }

    [Fact]
    public void AnInvisibleCharacterBeyondTheBasicPlaneIsWrittenAsALongEscape()
    {
        // U+E0041, a tag character: invisible, and a surrogate pair in UTF-16.
        var value = "tag" + char.ConvertFromUtf32(0xE0041) + "end";
        Assert.Equal("tag\\U000E0041end", MessageText.Visible(value));
        Assert.Equal("\"tag\\U000E0041end\"", DocGen.Generator.Emit.CSharpLiteral.Quote(value));
    }

    [Fact]
    public void EveryArgumentOfADocumentDiagnosticIsMadeVisible()
    {
        var info = DiagnosticInfo.Create("DG0019", "/archive/doc.md", default, "Telegram \u202Efrom\u202C Moscow", "Telegram from Moscow");

        var message = info.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);

        Assert.Contains("'Telegram \\u202Efrom\\u202C Moscow'", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", message, System.StringComparison.Ordinal);
    }
}

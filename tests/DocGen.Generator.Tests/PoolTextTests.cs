using System.Text;
using DocGen.Generator.Emit;

namespace DocGen.Generator.Tests;

/// <summary>Pooled strings go through UTF-8, which cannot hold a lone surrogate: the escaping must round-trip anything.</summary>
public class PoolTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII")]
    [InlineData("Сталин 毛泽东 \U0001F600 pair kept")]
    [InlineData("lone high \uD800 and lone low \uDC00")]
    [InlineData("reversed pair \uDC00\uD800")]
    [InlineData("\uD800")]
    [InlineData("ends high \uDBFF")]
    [InlineData("the escape \u0001 itself, twice \u0001\u0001, before hex \u0001D800")]
    [InlineData("\u0001")]
    [InlineData("NUL \0 and U+FFFF \uFFFF")]
    public void AnyStringSurvivesTheUtf8Pool(string value)
    {
        var encoded = DocGen.Generator.Storage.PoolWriter.Encode(value);
        // A strict encoder throws on a lone surrogate, as the compiler refuses one in a UTF-8 literal (CS9026).
        var bytes = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(encoded);

        var pooled = Encoding.UTF8.GetString(bytes);

        // Read back from the middle of a pool, as the runtime does, not only from its start.
        var pool = "before" + pooled + "after";
        Assert.Equal(value, DocGen.Storage.PoolReader.Decode(pool, "before".Length, pooled.Length));
    }

    [Fact]
    public void AStringWithoutEscapesIsLeftAsItIs()
    {
        const string value = "Wilson Center Digital Archive";
        Assert.Same(value, DocGen.Generator.Storage.PoolWriter.Encode(value));
    }
}

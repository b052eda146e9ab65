using System.Linq;
using System.Text;
using DocGen.Generator.Emit;
using Writer = DocGen.Generator.Storage.PackedNumbers;
using DocGen.Storage;

namespace DocGen.Generator.Tests;

/// <summary>The generator's number packing and the runtime's reading agree on every value, extremes included.</summary>
public class PackedNumberTests
{
    private static readonly int[] Values =
        new[] { 0, 1, -1, 15, 16, -16, -17, 31, 32, 1023, 1024, 65535, -65536, 1 << 30, int.MaxValue, int.MinValue, int.MinValue + 1 }
            .Concat(Enumerable.Range(-3000, 6000))
            .ToArray();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RecordNumbersReadBackAsWritten(bool wide)
    {
        var text = new StringBuilder();
        Writer.WriteAll(text, Values, wide);
        var packed = text.ToString();

        // Narrow: ASCII, through UTF-8 as a byte literal; wide: CJK ideographs, which a literal holds unescaped.
        var data = wide ? packed : Encoding.UTF8.GetString(Encoding.ASCII.GetBytes(packed));
        Assert.DoesNotContain(packed, c => c == '"' || c == '\\' || (wide ? c < 0x4E00 || c > 0x9FFF : c > 127));
        Assert.All(packed, c => Assert.False(CSharpLiteral.MustEscape(c)));
        var position = 0;
        foreach (var value in Values)
        {
            Assert.Equal(value, PackedNumbers.Read(data, ref position));
        }

        Assert.Equal(data.Length, position);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(4095, 1, 3)]
    [InlineData(4096, 2, 3)]
    [InlineData(-4096, 1, 3)]
    [InlineData(int.MaxValue, 3, 7)]
    [InlineData(int.MinValue, 3, 7)]
    public void WideDigitsHoldThirteenBitsAndNarrowOnesFive(int value, int wideLength, int narrowLength)
    {
        var wide = new StringBuilder();
        Writer.WriteAll(wide, new[] { value }, wide: true);
        var narrow = new StringBuilder();
        Writer.WriteAll(narrow, new[] { value });

        Assert.Equal(wideLength, wide.Length);
        Assert.Equal(narrowLength, narrow.Length);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(31, 1)]
    [InlineData(32, 2)]
    [InlineData(1_048_575, 4)]
    [InlineData(1_048_576, 5)]
    [InlineData(int.MaxValue >> 1, 6)]
    public void IndexNumbersUseTheFewestDigitsAndReadBackAtAnyPosition(int max, int width)
    {
        Assert.Equal(width, Writer.FixedWidth(max));
        var values = new[] { 0, max, max / 2, 1 % (max + 1) };
        var text = new StringBuilder();
        foreach (var value in values)
        {
            Writer.WriteFixed(text, value, width);
        }

        for (var i = values.Length - 1; i >= 0; i--)
        {
            Assert.Equal(values[i], PackedNumbers.ReadFixed(text.ToString(), i, width));
        }
    }

    [Fact]
    public void DamagedNumbersAreAClearErrorNotAWrongValue()
    {
        var position = 0;
        var error = Assert.Throws<System.InvalidOperationException>(() => PackedNumbers.Read("00", ref position));
        Assert.Contains("rebuild the project", error.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.InvalidOperationException>(() => PackedNumbers.ReadFixed("0z", 0, 2));

        // A wide "more" digit with nothing after it, and a character of neither alphabet.
        position = 0;
        Assert.Throws<System.InvalidOperationException>(() => PackedNumbers.Read("\u6E01", ref position));
        position = 0;
        Assert.Throws<System.InvalidOperationException>(() => PackedNumbers.Read("\u8E00", ref position));
    }

    [Fact]
    public void AShardOfAnotherFormatIsAClearErrorNotDocumentsReadWrongly()
    {
        Assert.Equal(StorageLayout.ShardFormat, DocGen.Generator.Storage.StorageLayout.ShardFormat);

        // An empty shard in the format before this one (no version: the count of documents first) and one from the future.
        var text = new StringBuilder();
        Writer.WriteAll(text, new[] { 0, 0 });
        var older = Assert.Throws<System.InvalidOperationException>(() => new DocumentShard(typeof(PackedNumberTests).Assembly, text.ToString(), string.Empty));
        Assert.Contains("format 0, but this DocGen library reads format " + StorageLayout.ShardFormat, older.Message, System.StringComparison.Ordinal);

        text.Clear();
        Writer.WriteAll(text, new[] { StorageLayout.ShardFormat + 1, 0, 0 }, wide: true);
        var newer = Assert.Throws<System.InvalidOperationException>(() => new DocumentShard(typeof(PackedNumberTests).Assembly, text.ToString(), string.Empty));
        Assert.Contains("Rebuild it with the DocGen version it runs with", newer.Message, System.StringComparison.Ordinal);

        text.Clear();
        Writer.WriteAll(text, new[] { StorageLayout.ShardFormat, 0, 0 }, wide: true);
        Assert.Equal(0, new DocumentShard(typeof(PackedNumberTests).Assembly, text.ToString(), string.Empty).Count);
    }
}

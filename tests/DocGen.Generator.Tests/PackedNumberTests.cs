using System.Linq;
using System.Text;
using DocGen.Generator.Emit;
using DocGen.Storage;

namespace DocGen.Generator.Tests;

/// <summary>The generator's number packing and the runtime's reading agree on every value, extremes included.</summary>
public class PackedNumberTests
{
    private static readonly int[] Values =
        new[] { 0, 1, -1, 15, 16, -16, -17, 31, 32, 1023, 1024, 65535, -65536, 1 << 30, int.MaxValue, int.MinValue, int.MinValue + 1 }
            .Concat(Enumerable.Range(-3000, 6000))
            .ToArray();

    [Fact]
    public void RecordNumbersReadBackAsWritten()
    {
        var text = new StringBuilder();
        PackedNumberWriter.AppendAll(text, Values);
        var bytes = Encoding.ASCII.GetBytes(text.ToString());

        Assert.DoesNotContain(text.ToString(), c => c == '"' || c == '\\' || c > 127);
        var position = 0;
        foreach (var value in Values)
        {
            Assert.Equal(value, PackedNumbers.Read(bytes, ref position));
        }

        Assert.Equal(bytes.Length, position);
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
        Assert.Equal(width, PackedNumberWriter.Width(max));
        var values = new[] { 0, max, max / 2, 1 % (max + 1) };
        var text = new StringBuilder();
        foreach (var value in values)
        {
            PackedNumberWriter.AppendFixed(text, value, width);
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
        var error = Assert.Throws<System.InvalidOperationException>(() => PackedNumbers.Read(Encoding.ASCII.GetBytes("00"), ref position));
        Assert.Contains("rebuild the project", error.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.InvalidOperationException>(() => PackedNumbers.ReadFixed("0z", 0, 2));
    }
}

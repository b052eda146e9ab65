// Shared source: see PackedNumbers.cs.
using System.Text;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>Writes each number a layout gives it as packed digits (<see cref="PackedNumbers.Write"/>).</summary>
internal sealed class PackedNumberWriter : INumberChannel
{
    private readonly StringBuilder _text;
    private readonly bool _wide;

    public PackedNumberWriter(StringBuilder text, bool wide)
    {
        _text = text;
        _wide = wide;
    }

    public void Number(ref int value) => PackedNumbers.Write(_text, value, _wide);
}

/// <summary>Reads each number a layout asks for (<see cref="PackedNumbers.Read"/>), from <see cref="Position"/> on.</summary>
internal sealed class PackedNumberReader : INumberChannel
{
    private readonly string _data;

    public PackedNumberReader(string data, int position)
    {
        _data = data;
        Position = position;
    }

    public int Position { get; private set; }

    public void Number(ref int value)
    {
        var position = Position;
        value = PackedNumbers.Read(_data, ref position);
        Position = position;
    }
}

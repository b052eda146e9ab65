using System;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// Reads a document's record, which the generator's RecordWriter wrote, by walking the same <see cref="RecordLayout"/>:
/// each value it asks for is read here and assigned. Nothing is parsed: each number says where a string is or what a
/// value is (<see cref="RecordStrings"/>).
/// </summary>
internal sealed class RecordReader : IRecordChannel
{
    private readonly DocumentShard _shard;
    private readonly PackedNumberReader _numbers;
    private ArchiveText? _text;

    /// <summary>Where the record's last slice ended, counted from <see cref="_base"/>: the next slice's start is a distance from it.</summary>
    private int _end;

    /// <summary>Where the document's part of the file starts (0 when it is the whole file): slices count from here.</summary>
    private int _base;

    private RecordReader(DocumentShard shard, int position)
    {
        _shard = shard;
        _numbers = new PackedNumberReader(shard.Data, position);
    }

    /// <summary>Reads the record at <paramref name="position"/> of <paramref name="shard"/>'s data.</summary>
    public static StoredDocument Read(DocumentShard shard, int position)
    {
        // The file is read once, while the record is read, then dropped: the document keeps only its own strings.
        var stored = new StoredDocument();
        RecordLayout.Walk(new RecordReader(shard, position), stored);
        return stored;
    }

    public void Number(ref int value) => _numbers.Number(ref value);

    public void OpenFile(string? resource, int length, int part)
    {
        if (resource is null)
        {
            _text = null;
        }
        else if (part == 0)
        {
            _text = ArchiveText.Load(_shard.Assembly, resource, length);
        }
        else
        {
            var file = _shard.File(resource);
            _text = file.Text(_shard.Assembly);
            _base = file.Start(part);
        }
    }

    public void Required(ref string value) =>
        value = String() ?? throw new InvalidOperationException("A required string of the document record is null; rebuild the project.");

    public void Text(ref string? value) => value = String();

    private int Int()
    {
        var value = 0;
        _numbers.Number(ref value);
        return value;
    }

    private string? String()
    {
        var head = Int();
        if (head == RecordStrings.Null)
        {
            return null;
        }

        if (RecordStrings.IsPooled(head))
        {
            return _shard.Pool.Get(RecordStrings.PoolIndex(head));
        }

        if (head == 1)
        {
            return Piece();
        }

        var builder = new StringBuilder();
        for (var i = 0; i < head; i++)
        {
            builder.Append(Piece());
        }

        return builder.ToString();
    }

    private string Piece()
    {
        var code = Int();
        if (RecordStrings.IsPooled(code))
        {
            return _shard.Pool.Get(RecordStrings.PoolIndex(code));
        }

        var start = RecordStrings.Start(code, _end);
        var length = Int();
        if (_text is null)
        {
            throw new InvalidOperationException("The document record slices a file that is not loaded; rebuild the project.");
        }

        _end = start + length;
        return _text.Slice(_base + start, length);
    }
}

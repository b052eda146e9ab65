using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes a document's record as numbers by walking <see cref="RecordLayout"/>, the order the runtime's RecordReader
/// walks too. Strings go through <see cref="TextSlices"/>: sliced from the embedded file once it is open, else pooled.
/// </summary>
internal sealed class RecordWriter : IRecordChannel
{
    private readonly List<int> _data = new();
    private readonly PoolWriter _pool;
    private readonly string? _fileText;
    private TextSlices _slices = new(null);
    private bool _open;

    private RecordWriter(string? fileText, PoolWriter pool)
    {
        _fileText = fileText;
        _pool = pool;
    }

    /// <param name="fileText">The document's text in the embedded file (its part of it), as the compiler read it, or null when nothing is sliced.</param>
    /// <param name="pool">The pool of the document's shard, shared by its documents.</param>
    [MethodImpl(Jit.Optimized)]
    public static List<int> Write(StoredDocument document, string? fileText, PoolWriter pool) => Write(document, fileText, pool, out _);

    /// <param name="visited">How many characters of the text the search for slices visited: what writing the record cost.</param>
    [MethodImpl(Jit.Optimized)]
    internal static List<int> Write(StoredDocument document, string? fileText, PoolWriter pool, out long visited)
    {
        var writer = new RecordWriter(fileText, pool);
        RecordLayout.Walk(writer, document);
        visited = writer._slices.Visited;
        return writer._data;
    }

    [MethodImpl(Jit.Optimized)]
    public void Number(ref int value) => _data.Add(value);

    [MethodImpl(Jit.Optimized)]
    public void Text(ref string? value)
    {
        if (!_open && value is { } name && name.LastIndexOf('/') + 1 is var folder && folder > 0 && folder < name.Length)
        {
            // Before the file is open (its resource name), a path is pooled in two pieces: its folder, which the
            // shard's documents share, and its file name.
            _data.AddRange(new[] { 2, RecordStrings.Pooled(_pool.IndexOf(name.Substring(0, folder))), RecordStrings.Pooled(_pool.IndexOf(name.Substring(folder))) });
            return;
        }

        _slices.Write(value, _data, _pool);
    }

    [MethodImpl(Jit.Optimized)]
    public void Required(ref string value)
    {
        string? text = value;
        Text(ref text);
    }

    [MethodImpl(Jit.Optimized)]
    public void OpenFile(string? resource, int length, int part)
    {
        _open = true;
        _slices = new TextSlices(resource is null ? null : _fileText);
    }
}

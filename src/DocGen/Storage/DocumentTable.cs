using System;
using System.ComponentModel;
using System.Reflection;
using System.Text;
using System.Threading;

namespace DocGen.Storage;

/// <summary>
/// The documents of one generated file, stored as data rather than code: each document's record (see
/// <see cref="DocumentRecord"/>) as packed numbers, and the strings the archive files do not hold as written, pooled.
/// A document is built the first time it is asked for, then kept. For generated code only.
/// </summary>
/// <remarks>
/// <c>data</c> starts with a header: the table format (<see cref="Format"/>), the count of documents, the count of
/// pooled strings, the length of each pooled string in <c>pool</c>, then the length of each document's record (0 for
/// a document the generator could not write, which its diagnostic DG0014 reports). The records follow, in slot order.
/// Pooled strings are escaped so that a lone surrogate survives UTF-8 (see PoolText). A table that fits the string heap's share is compiled as two
/// string literals; a larger one as UTF-8 bytes of the same text, decoded once here. Lengths count UTF-16 units.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DocumentTable
{
    /// <summary>The format of the tables this library reads (<see cref="StorageLayout.TableFormat"/>).</summary>
    internal const int Format = StorageLayout.TableFormat;

    private readonly Assembly _assembly;
    private readonly string _data;
    private readonly string _pool;
    private readonly int[] _poolEnds;
    private readonly int[] _starts;
    private readonly ArchiveDocument?[] _documents;

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped.</param>
    public DocumentTable(Assembly assembly, string data, string pool)
    {
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        var position = 0;
        var format = data.Length == 0 ? 0 : PackedNumbers.Read(data, ref position);
        if (format != Format)
        {
            throw new InvalidOperationException("The archive's generated tables have format " + format + ", but this DocGen library reads format "
                + Format + ": the assembly was compiled by another version of DocGen. Rebuild it with the DocGen version it runs with.");
        }

        var count = PackedNumbers.Read(data, ref position);
        _poolEnds = new int[PackedNumbers.Read(data, ref position)];
        var end = 0;
        for (var i = 0; i < _poolEnds.Length; i++)
        {
            var length = PackedNumbers.Read(data, ref position);
            _poolEnds[i] = end += length < 0 ? throw PackedNumbers.Corrupt() : length;
        }

        if (end > pool.Length)
        {
            throw PackedNumbers.Corrupt();
        }

        // The header gives each record's length; the records start where the header ends, one after another. A start
        // of -1 marks a document that was not written.
        _starts = new int[count];
        for (var i = 0; i < count; i++)
        {
            _starts[i] = PackedNumbers.Read(data, ref position);
        }

        for (var i = 0; i < count; i++)
        {
            var length = _starts[i];
            _starts[i] = length == 0 ? -1 : position;
            position += length;
        }

        _documents = new ArchiveDocument?[count];
    }

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as the UTF-8 bytes of packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped, as UTF-8.</param>
    public DocumentTable(Assembly assembly, byte[] data, byte[] pool)
        : this(assembly, Utf8(data, nameof(data)), Utf8(pool, nameof(pool)))
    {
    }

    /// <summary>How many documents the table holds.</summary>
    public int Count => _documents.Length;

    /// <summary>The document in <paramref name="slot"/>, built on first use; every caller gets the same instance.</summary>
    public ArchiveDocument Get(int slot)
    {
        if ((uint)slot >= (uint)_documents.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(slot));
        }

        var document = Volatile.Read(ref _documents[slot]);
        if (document is not null)
        {
            return document;
        }

        if (_starts[slot] < 0)
        {
            throw new InvalidOperationException("DocGen could not generate this document (error DG0014 in the build names its file). Fix or report the file, then rebuild.");
        }

        // Two threads may both build it; only the first one published is ever returned.
        document = DocumentRecord.Read(this, _starts[slot]);
        return Interlocked.CompareExchange(ref _documents[slot], document, null) ?? document;
    }

    internal Assembly Assembly => _assembly;

    internal string Data => _data;

    /// <summary>The pooled string <paramref name="index"/>.</summary>
    internal string Pooled(int index)
    {
        if ((uint)index >= (uint)_poolEnds.Length)
        {
            throw PackedNumbers.Corrupt();
        }

        var start = index == 0 ? 0 : _poolEnds[index - 1];
        return PoolText.Decode(_pool, start, _poolEnds[index] - start);
    }

    private static string Utf8(byte[] bytes, string name) =>
        Encoding.UTF8.GetString(bytes ?? throw new ArgumentNullException(name));
}

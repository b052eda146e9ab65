using System;
using System.ComponentModel;
using System.Reflection;
using System.Text;
using System.Threading;

namespace DocGen.Storage;

/// <summary>
/// The documents of one shard (one generated file), stored as data rather than code: a header
/// (<see cref="ShardHeader"/>), then each document's record (<see cref="RecordLayout"/>) as packed numbers; and the
/// strings the archive files do not hold as written, pooled (<see cref="PoolWriter"/>). A document is built the first
/// time it is asked for, then kept. For generated code only.
/// </summary>
/// <remarks>
/// A shard that fits the string heap's share is compiled as two string literals; a larger one as UTF-8 bytes of the
/// same text, decoded once here.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DocumentShard
{
    private readonly Assembly _assembly;
    private readonly string _data;
    private readonly PoolReader _pool;
    private readonly int[] _starts;
    private readonly ArchiveDocument?[] _documents;
    private readonly ArchiveFile[] _files;
    private readonly Func<string, string?>? _pageDocument;

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped.</param>
    public DocumentShard(Assembly assembly, string data, string pool)
        : this(assembly, data, pool, Array.Empty<ArchiveFile>())
    {
    }

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped.</param>
    /// <param name="files">The files of many documents the shard's documents are parts of.</param>
    public DocumentShard(Assembly assembly, string data, string pool, ArchiveFile[] files)
        : this(assembly, data, pool, files, null)
    {
    }

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped.</param>
    /// <param name="files">The files of many documents the shard's documents are parts of.</param>
    /// <param name="pageDocument">
    /// The project's page table: the id of the document a page of another volume ("frus1950v06#pg_587") falls in, or
    /// null; what a link to such a page takes as its <see cref="DocumentLink.DocumentId"/>.
    /// </param>
    public DocumentShard(Assembly assembly, string data, string pool, ArchiveFile[] files, Func<string, string?>? pageDocument)
    {
        _pageDocument = pageDocument;
        _assembly = assembly ?? throw new ArgumentNullException(nameof(assembly));
        _files = files ?? throw new ArgumentNullException(nameof(files));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        if (pool is null)
        {
            throw new ArgumentNullException(nameof(pool));
        }

        if (data.Length == 0)
        {
            throw ShardHeader.FormatMismatch(0);
        }

        var header = new ShardHeader();
        var numbers = new PackedNumberReader(data, 0);
        ShardHeader.Walk(numbers, header);
        _pool = new PoolReader(pool, header.PoolLengths);

        // The records start where the header ends, one after another. A start of -1 marks a document that was not written.
        var position = numbers.Position;
        _starts = new int[header.RecordLengths.Length];
        for (var i = 0; i < _starts.Length; i++)
        {
            var length = header.RecordLengths[i];
            _starts[i] = length == 0 ? -1 : position;
            position += length;
        }

        _documents = new ArchiveDocument?[_starts.Length];
    }

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as the UTF-8 bytes of packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped, as UTF-8.</param>
    public DocumentShard(Assembly assembly, byte[] data, byte[] pool)
        : this(assembly, Utf8(data, nameof(data)), Utf8(pool, nameof(pool)), Array.Empty<ArchiveFile>())
    {
    }

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as the UTF-8 bytes of packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped, as UTF-8.</param>
    /// <param name="files">The files of many documents the shard's documents are parts of.</param>
    public DocumentShard(Assembly assembly, byte[] data, byte[] pool, ArchiveFile[] files)
        : this(assembly, Utf8(data, nameof(data)), Utf8(pool, nameof(pool)), files, null)
    {
    }

    /// <param name="assembly">The assembly the archive files are embedded in.</param>
    /// <param name="data">The header and records, as the UTF-8 bytes of packed numbers.</param>
    /// <param name="pool">The pooled strings, one after another, escaped, as UTF-8.</param>
    /// <param name="files">The files of many documents the shard's documents are parts of.</param>
    /// <param name="pageDocument">The project's page table (see the string constructor).</param>
    public DocumentShard(Assembly assembly, byte[] data, byte[] pool, ArchiveFile[] files, Func<string, string?>? pageDocument)
        : this(assembly, Utf8(data, nameof(data)), Utf8(pool, nameof(pool)), files, pageDocument)
    {
    }

    /// <summary>How many documents the shard holds.</summary>
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

        // Two threads may both build it; only the first one published is ever returned.
        document = StoredDocumentReader.ToArchiveDocument(Read(slot), _pageDocument);
        return Interlocked.CompareExchange(ref _documents[slot], document, null) ?? document;
    }

    /// <summary>The record in <paramref name="slot"/> as stored, read anew.</summary>
    internal StoredDocument Read(int slot)
    {
        if (_starts[slot] < 0)
        {
            throw new InvalidOperationException("DocGen could not generate this document (error DG0014 in the build names its file). Fix or report the file, then rebuild.");
        }

        return RecordReader.Read(this, _starts[slot]);
    }

    internal Assembly Assembly => _assembly;

    internal string Data => _data;

    internal PoolReader Pool => _pool;

    /// <summary>The table of the file of many documents named <paramref name="resource"/>; a shard names a few.</summary>
    internal ArchiveFile File(string resource)
    {
        foreach (var file in _files)
        {
            if (string.Equals(file.Resource, resource, StringComparison.Ordinal))
            {
                return file;
            }
        }

        throw new InvalidOperationException("The document record names a part of the archive file '" + resource + "', whose table is not generated; rebuild the project.");
    }

    private static string Utf8(byte[] bytes, string name) =>
        Encoding.UTF8.GetString(bytes ?? throw new ArgumentNullException(name));
}

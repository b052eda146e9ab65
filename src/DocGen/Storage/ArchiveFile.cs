using System;
using System.ComponentModel;

namespace DocGen.Storage;

/// <summary>
/// An embedded archive file that holds many documents (a TEI volume): its resource name and its table
/// (<see cref="FileTable"/>: its length and where each document starts), generated as a small source of its own. A
/// document's record names its part, so an edit that moves the documents after it changes this table, not their
/// records. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArchiveFile
{
    private readonly FileTable _table = new();

    /// <param name="resource">The file's resource name, as the documents' records name it.</param>
    /// <param name="table">The table, as packed numbers.</param>
    public ArchiveFile(string resource, string table)
    {
        Resource = resource ?? throw new ArgumentNullException(nameof(resource));
        FileTable.Walk(new PackedNumberReader(table ?? throw new ArgumentNullException(nameof(table)), 0), _table);
    }

    /// <summary>The resource name of the file.</summary>
    public string Resource { get; }

    /// <summary>The file's length in characters when it was compiled.</summary>
    internal int Length => _table.Length;

    /// <summary>Where part <paramref name="part"/> (from 1) starts in the file.</summary>
    internal int Start(int part) => _table.Start(part);
}

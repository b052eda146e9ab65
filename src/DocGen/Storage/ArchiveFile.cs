using System;
using System.ComponentModel;
using System.Reflection;

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

    // The file's text while any of its documents is being read: a volume of 400 documents read one by one would
    // otherwise be decoded 400 times (documents x file size). Weak, so an app that has read its documents does not
    // keep every volume's text alive; the text is large, so it lives until a full collection.
    private WeakReference<ArchiveText>? _text;

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

    /// <summary>The file's text, decoded once while it is in use (two threads may both decode it; both get the same text).</summary>
    internal ArchiveText Text(Assembly assembly)
    {
        if (_text is not null && _text.TryGetTarget(out var text))
        {
            return text;
        }

        text = ArchiveText.Load(assembly, Resource, Length);
        _text = new WeakReference<ArchiveText>(text);
        return text;
    }
}

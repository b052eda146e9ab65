// Shared source: see PackedNumbers.cs.
using System;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// The table of an embedded file that holds many documents, and its one layout: the file's length in characters, then
/// where each part (document) starts, part 1 first. A document's record names its part and counts its slices from
/// that start, so an edit that moves later documents changes this small table, never their records. Part numbers
/// start at 1 because 0 means the document is the whole file (<see cref="StoredDocument.FilePart"/>).
/// </summary>
internal sealed class FileTable
{
    public int Length;
    public int[] Starts = Array.Empty<int>();

    public static void Walk(INumberChannel channel, FileTable table)
    {
        channel.Number(ref table.Length);
        channel.Count(ref table.Starts);
        for (var i = 0; i < table.Starts.Length; i++)
        {
            channel.Number(ref table.Starts[i]);
        }
    }

    /// <summary>Where part <paramref name="part"/> (from 1) starts.</summary>
    public int Start(int part) =>
        part >= 1 && part <= Starts.Length ? Starts[part - 1] : throw new InvalidOperationException("The document record names part " + part + " of a file whose table has " + Starts.Length + "; rebuild the project.");
}

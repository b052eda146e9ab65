using System.Globalization;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// How documents are spread over shards, one generated file each: at most <see cref="Count"/>, whatever the archive's
/// size, because thousands of files cost the compiler and the driver far more than a few dozen larger ones, and a
/// shard is small enough that an edit re-emits little.
/// </summary>
public static class DocumentShards
{
    /// <summary>The one layout constant the runtime reads too (<see cref="Storage.StorageLayout.ShardCount"/>).</summary>
    public const int Count = Storage.StorageLayout.ShardCount;

    /// <summary>FNV-1a over the member name's UTF-16 code units: stable across runs, machines and .NET versions.</summary>
    public static int Of(string memberName)
    {
        var hash = 2166136261u;
        foreach (var c in memberName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Count);
    }

    /// <summary>The class that holds shard <paramref name="shard"/>, in the documents' namespace.</summary>
    public static string ClassName(int shard) => "DocGenShard" + Number(shard);

    public static string Number(int shard) => shard.ToString("00", CultureInfo.InvariantCulture);
}

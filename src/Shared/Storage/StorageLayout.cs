// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>The constants of the generated storage both sides must agree on, stated once.</summary>
internal static class StorageLayout
{
    /// <summary>How many shards (generated files) documents are spread over; a document's place is slot × this + shard.</summary>
    public const int ShardCount = 64;

    /// <summary>
    /// The format of the stored data, first in each shard's header. A library compiled by another DocGen version, run
    /// against this one, gets a clear error instead of documents read wrongly. Change it when any layout changes.
    /// </summary>
    public const int ShardFormat = 5;
}

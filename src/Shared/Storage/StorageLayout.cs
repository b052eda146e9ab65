// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>The shape of the generated storage both sides must agree on, stated once.</summary>
internal static class StorageLayout
{
    /// <summary>How many tables (generated files) documents are spread over; a catalog place is slot × this + table.</summary>
    public const int TableCount = 64;

    /// <summary>
    /// The format of the tables, first in each table's header. A library compiled by another DocGen version, run against
    /// this one, gets a clear error instead of documents read wrongly. Change it when the layout changes.
    /// </summary>
    public const int TableFormat = 2;
}

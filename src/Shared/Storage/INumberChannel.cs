// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// Where a layout sends each value: a writer's channel reads the value and stores it, a reader's channel assigns what
/// it reads. Because both walk the same layout with the same calls, a writer and its reader cannot disagree on order
/// or kind.
/// </summary>
internal interface INumberChannel
{
    void Number(ref int value);
}

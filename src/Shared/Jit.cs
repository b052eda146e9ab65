// Shared source: compiled into the generator, the parsers (DocGen.Core) and the CSL processor, each its own internal
// copy; never into the runtime
// library, whose start-up is better served by the JIT's quick first compilations.
using System.Runtime.CompilerServices;

#if DOCGEN_GENERATOR
namespace DocGen.Generator;
#elif DOCGEN_CORE
namespace DocGen.Core;
#else
namespace DocGen.Csl;
#endif

/// <summary>Method flags for the JIT that netstandard2.0 does not name.</summary>
internal static class Jit
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization (512, .NET Core 3.0 and later; runtimes that do not know it ignore the
    /// bit): compiled once, optimized, instead of at tier 0, then instrumented, then at tier 1. Only on methods a build
    /// runs for every document (the Markdown reader's, citation and date parsers, the CSL render path, the generator's
    /// writers), each of which was compiled three times in the 16k cold run; the small members they call are inlined
    /// and need no compilation of their own either.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}

using System.Runtime.CompilerServices;

namespace DocGen.Csl;

/// <summary>Method flags for the JIT that netstandard2.0 does not name.</summary>
internal static class Jit
{
    /// <summary>MethodImplOptions.AggressiveOptimization (512, .NET Core 3.0 and later; runtimes that do not know it ignore the bit): compiled
    /// once, optimized, instead of at tier 0, then instrumented, then at tier 1. Only on the render path's methods every
    /// citation constant runs (each was compiled three times in the 16k cold run): inlined into them, the small members
    /// they call (the style's and the item's accessors) need no compilation of their own either.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Bugs the fuzzer found that are not fixed yet, each reproduced by a skipped test in KnownBugTests. While a bug is
/// open, the generators avoid the inputs that trigger it, so the properties stay green and keep looking for new
/// bugs. When the fix lands: un-skip the reproduction and set the switch here to false (then delete it).
/// </summary>
public static class KnownBugs
{
    /// <summary>
    /// Generated code keeps every string as a literal, and literals share one user-string heap of 2^24 bytes: an archive
    /// of more than about 8.4M characters (one document at the size limit is enough) fails with CS8103. Fuzz batches
    /// are far smaller; no generator needs to steer around it.
    /// </summary>
    public static readonly bool UserStringHeap = true;
}

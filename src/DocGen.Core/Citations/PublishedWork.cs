using System;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Recognises a reference to a published work ("Gang er si ... et al, eds., Mao Zedong sixiang wansui, vol. 4
/// (Wuhan, 1968): 336-338"): it may carry locators such as "vol. 4", but it is no archival shelfmark.
/// </summary>
internal static class PublishedWork
{
    private static readonly string[] Markers = { " eds.", " ed.,", " ed.)", "(ed.", "(eds.", " et al", "trans.", " Press", "ISBN", "published" };

    [MethodImpl(Jit.Optimized)]
    public static bool Looks(string reference)
    {
        foreach (var marker in Markers)
        {
            if (reference.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

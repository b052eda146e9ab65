using System;

namespace DocGen.Core.Dates;

/// <summary>Date lines that say, on purpose, that the document has no known date ("Undated", "n.d.").</summary>
public static class UndatedMarkers
{
    private static readonly string[] Markers = { "undated", "n.d.", "n. d.", "no date", "date unknown", "unknown date", "[undated]", "[n.d.]" };

    public static bool Is(string text)
    {
        var trimmed = text.Trim();
        foreach (var marker in Markers)
        {
            if (string.Equals(trimmed, marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

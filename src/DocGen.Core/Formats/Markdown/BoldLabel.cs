using System.Runtime.CompilerServices;

namespace DocGen.Core.Formats.Markdown;

/// <summary>Recognises a section label line: <c>**Label:**</c> (or <c>**Label**:</c>) alone on its line.</summary>
internal static class BoldLabel
{
    [MethodImpl(Jit.Optimized)]
    public static bool TryRead(string line, out string label)
    {
        label = string.Empty;
        if (line.Length < 6 || !line.StartsWith("**", System.StringComparison.Ordinal))
        {
            return false;
        }

        int end;
        if (line.EndsWith(":**", System.StringComparison.Ordinal))
        {
            end = line.Length - 3;
        }
        else if (line.EndsWith("**:", System.StringComparison.Ordinal))
        {
            end = line.Length - 3;
        }
        else
        {
            return false;
        }

        if (end <= 2 || line.IndexOf('*', 2) < end)
        {
            return false;
        }

        label = line.Substring(2, end - 2).Trim();
        return label.Length > 0 && label[label.Length - 1] != ':';
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Formats.Markdown;

/// <summary>
/// A document's id: the number at the end of its archive URL; failing that the URL's last segment (the archive's
/// slug), and for a document with no URL, or a URL that names no document, the file name without its extension. All are stable across builds.
/// </summary>
public static class DocumentIds
{
    private static readonly char[] QueryOrFragment = { '?', '#' };

    /// <summary>
    /// The URL's document segment: the last segment of its path once "." and ".." are resolved as a browser resolves
    /// them, or "" when the path names no document (no segment left, or only the archive's <c>document</c> folder, as
    /// in <c>/document/</c>); the caller then falls back to the file name, as for a citation with no URL.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static string FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        var end = url!.Length;
        var cut = url.IndexOfAny(QueryOrFragment);
        if (cut >= 0)
        {
            end = cut;
        }

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = schemeEnd < 0 ? 0 : url.IndexOf('/', schemeEnd + 3);
        if (pathStart < 0 || pathStart >= end)
        {
            return string.Empty;
        }

        var segment = LastSegment(url, pathStart, end);
        return string.Equals(segment, CollectionSegment, StringComparison.OrdinalIgnoreCase) ? string.Empty : segment;
    }

    /// <summary>The folder the archive's document URLs live in (<c>/document/112106</c>): a name, never an id.</summary>
    private const string CollectionSegment = "document";

    /// <summary>The last non-empty segment of url[start..end) after dot segments are removed (RFC 3986, 5.2.4), in one pass.</summary>
    [MethodImpl(Jit.Optimized)]
    private static string LastSegment(string url, int start, int end)
    {
        // A stack of the segments kept so far, as (start, length); ".." pops one, "." and empty segments are skipped.
        var kept = new List<(int Start, int Length)>();
        var at = start;
        while (at < end)
        {
            var slash = url.IndexOf('/', at, end - at);
            var stop = slash < 0 ? end : slash;
            var length = stop - at;
            if (length == 2 && url[at] == '.' && url[at + 1] == '.')
            {
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }
            }
            else if (length > 0 && !(length == 1 && url[at] == '.'))
            {
                kept.Add((at, length));
            }

            at = stop + 1;
        }

        return kept.Count == 0 ? string.Empty : url.Substring(kept[kept.Count - 1].Start, kept[kept.Count - 1].Length);
    }

    [MethodImpl(Jit.Optimized)]
    public static string FromPath(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}

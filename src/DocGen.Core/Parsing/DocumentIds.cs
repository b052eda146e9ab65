using System;

namespace DocGen.Core.Parsing;

/// <summary>
/// A document's id: the number at the end of its archive URL; failing that the URL's last segment (the archive's
/// slug), and for a document with no URL the file name without its extension. All are stable across builds.
/// </summary>
public static class DocumentIds
{
    private static readonly char[] QueryOrFragment = { '?', '#' };

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

        while (end > 0 && url[end - 1] == '/')
        {
            end--;
        }

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = schemeEnd < 0 ? 0 : url.IndexOf('/', schemeEnd + 3);
        if (pathStart < 0 || pathStart >= end)
        {
            return string.Empty;
        }

        var slash = url.LastIndexOf('/', end - 1);
        var segment = url.Substring(slash + 1, end - slash - 1);
        return segment;
    }

    public static string FromPath(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}

using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// The citation's URL: the last <c>&lt;http(s)://...&gt;</c> in the text, or else a bare http(s) URL that ends it.
/// <see cref="BodyEnd"/> is where the citation proper stops (the URL's opening bracket, or the text's end).
/// </summary>
internal readonly struct CitationUrl
{
    private CitationUrl(string? url, TextRange urlRange, int bodyEnd, string plainText)
    {
        Url = url;
        UrlRange = urlRange;
        BodyEnd = bodyEnd;
        PlainText = plainText;
    }

    public string? Url { get; }

    public TextRange UrlRange { get; }

    public int BodyEnd { get; }

    /// <summary>The text with the angle brackets around the URL removed.</summary>
    public string PlainText { get; }

    [MethodImpl(Jit.Optimized)]
    public static CitationUrl Find(string text)
    {
        // One pass: every scan from a '<' stops at the next '<', white space or '>', and we resume from there.
        int open = -1, urlStart = -1, urlEnd = -1;
        var i = text.IndexOf('<');
        while (i >= 0 && i < text.Length)
        {
            var start = i + 1;
            if (!IsHttp(text, start))
            {
                i = text.IndexOf('<', start);
                continue;
            }

            var j = start;
            while (j < text.Length && text[j] != '>' && text[j] != '<' && !CitationScan.IsSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] == '>')
            {
                open = i;
                urlStart = start;
                urlEnd = j;
                j++;
            }

            i = j < text.Length ? text.IndexOf('<', j) : -1;
        }

        if (open >= 0)
        {
            var plain = text.Remove(urlEnd, 1).Remove(open, 1);
            return new CitationUrl(text.Substring(urlStart, urlEnd - urlStart), new TextRange(urlStart, urlEnd - urlStart), open, plain);
        }

        return FindTrailingBracketed(text) ?? FindBare(text);
    }

    // "... d. 3. <htp:/digitalarchive/document/1>": a bracketed token that ends the citation is its URL even when
    // malformed, so validation can say what is wrong with it instead of reporting that there is none.
    [MethodImpl(Jit.Optimized)]
    private static CitationUrl? FindTrailingBracketed(string text)
    {
        var end = CitationScan.TrimEnd(text, 0, text.Length);
        if (end < 3 || text[end - 1] != '>')
        {
            return null;
        }

        var open = text.LastIndexOf('<', end - 2);
        if (open < 0 || open + 1 >= end - 1)
        {
            return null;
        }

        for (var k = open + 1; k < end - 1; k++)
        {
            if (CitationScan.IsSpace(text[k]) || text[k] == '>')
            {
                return null;
            }
        }

        var plain = text.Remove(end - 1, 1).Remove(open, 1);
        return new CitationUrl(text.Substring(open + 1, end - open - 2), new TextRange(open + 1, end - open - 2), open, plain);
    }

    // "... 762B.00/4-3053 http://example.org/doc/1": the last word, when it is a URL.
    [MethodImpl(Jit.Optimized)]
    private static CitationUrl FindBare(string text)
    {
        var end = CitationScan.TrimEnd(text, 0, text.Length);
        var start = end;
        while (start > 0 && !CitationScan.IsSpace(text[start - 1]))
        {
            start--;
        }

        var urlEnd = end;
        while (urlEnd > start && text[urlEnd - 1] is '.' or ',' or ';')
        {
            urlEnd--;
        }

        var scheme = CitationScan.At(text, start, end, "https://") ? "https://".Length : "http://".Length;
        if (IsHttp(text, start) && urlEnd > start + scheme)
        {
            return new CitationUrl(text.Substring(start, urlEnd - start), new TextRange(start, urlEnd - start), start, text);
        }

        return new CitationUrl(null, default, text.Length, text);
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsHttp(string text, int pos) =>
        CitationScan.At(text, pos, text.Length, "http://") || CitationScan.At(text, pos, text.Length, "https://");
}

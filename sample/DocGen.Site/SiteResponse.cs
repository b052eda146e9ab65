namespace DocGen.Site;

/// <summary>What the site answers to a request: a status, a type, the text, and a file name for a download.</summary>
public sealed record SiteResponse(int Status, string ContentType, string Body, string? DownloadName = null)
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static SiteResponse Page(string html, int status = 200) => new(status, HtmlType, html);
}

namespace DocGen.Csl;

/// <summary>The markup of rendered output.</summary>
public enum OutputFormat
{
    /// <summary>HTML as citeproc-js writes it.</summary>
    Html,

    /// <summary>Plain text: no markup, no escaping.</summary>
    Text,

    /// <summary>Markdown: italics and bold marked, Markdown's own characters escaped; written as the HTML is, then converted.</summary>
    Markdown,
}

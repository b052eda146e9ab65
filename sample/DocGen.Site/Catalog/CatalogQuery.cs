using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocGen.Site.Catalog;

/// <summary>
/// What a catalog view shows, as its query string says: every filter is a parameter, so every view has a URL. Values
/// are kept as given (trimmed); an empty one is no filter.
/// </summary>
public sealed record CatalogQuery
{
    /// <summary>The parameters in the order a URL writes them.</summary>
    public static readonly IReadOnlyList<string> Names = new[] { "q", "collection", "from", "to", "repository", "person", "language", "page" };

    public static CatalogQuery Empty { get; } = new();

    /// <summary>Words to find in titles, summaries and bodies (letter case ignored).</summary>
    public string? Text { get; init; }

    /// <summary>A collection's key (<see cref="SiteCollection.Key"/>).</summary>
    public string? Collection { get; init; }

    /// <summary>The first day of the period ("1950", "1950-10", "1950-10-08").</summary>
    public string? From { get; init; }

    /// <summary>The last day of the period, in the same forms.</summary>
    public string? To { get; init; }

    /// <summary>A repository a source names ("APRF").</summary>
    public string? Repository { get; init; }

    /// <summary>An author or recipient, as the title names them.</summary>
    public string? Person { get; init; }

    /// <summary>An original language ("Russian").</summary>
    public string? Language { get; init; }

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Reads the parameters; unknown ones are ignored, a page that is not a positive number is page 1.</summary>
    public static CatalogQuery Parse(Func<string, string?> parameter)
    {
        static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var page = int.TryParse(parameter("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        return new CatalogQuery
        {
            Text = Value(parameter("q")),
            Collection = Value(parameter("collection")),
            From = Value(parameter("from")),
            To = Value(parameter("to")),
            Repository = Value(parameter("repository")),
            Person = Value(parameter("person")),
            Language = Value(parameter("language")),
            Page = page,
        };
    }

    /// <summary>The value of parameter <paramref name="name"/> (one of <see cref="Names"/>), or null.</summary>
    public string? Get(string name) => name switch
    {
        "q" => Text,
        "collection" => Collection,
        "from" => From,
        "to" => To,
        "repository" => Repository,
        "person" => Person,
        "language" => Language,
        "page" => Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>True when no filter is set (any page).</summary>
    public bool IsUnfiltered => this with { Page = 1 } == Empty;

    /// <summary>"?q=...&amp;from=..." in the order of <see cref="Names"/>, or "" when nothing is set.</summary>
    public string ToQueryString()
    {
        var text = new StringBuilder();
        foreach (var name in Names)
        {
            if (Get(name) is { } value)
            {
                text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return text.ToString();
    }
}

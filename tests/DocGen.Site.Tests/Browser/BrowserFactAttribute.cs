using System;
using System.IO;
using System.Linq;

namespace DocGen.Site.Tests.Browser;

/// <summary>
/// A test that drives headless Chromium through chromedriver (the Debian packages chromium and chromium-driver, which
/// .ci/run installs); skipped, with the reason printed, where either is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A browser test that runs axe-core in the page; skipped, with the reason printed, without axe-core too.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if ((Chromium.MissingReason ?? AxeInstall.Reason) is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Where the browser and its driver are, found on PATH.</summary>
public static class Chromium
{
    public static string? Browser { get; } = Find("chromium", "chromium-browser", "google-chrome");

    public static string? Driver { get; } = Find("chromedriver");

    public static string? MissingReason =>
        Browser is null ? "no Chromium on PATH (chromium, chromium-browser or google-chrome): install the Debian packages chromium and chromium-driver"
        : Driver is null ? "no chromedriver on PATH: install the Debian package chromium-driver"
        : null;

    private static string? Find(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DocGen.Site.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DocGen.Site.Tests.Browser;

/// <summary>
/// The sample site on a free local port and one headless Chromium driving it, for a test class. Downloads go to a
/// folder of the session's own; screenshots to browser-screenshots/ beside the test assembly (the test output).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly RunningSite _site = new();

    public ChromeDriver? Driver { get; private set; }

    public Uri Address => _site.Address;

    public string Downloads { get; } = Path.Combine(Path.GetTempPath(), "docgen-site-downloads-" + Guid.NewGuid().ToString("N"));

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "browser-screenshots");

    public async Task InitializeAsync()
    {
        if (Chromium.MissingReason is not null)
        {
            return;
        }

        await _site.InitializeAsync();
        Directory.CreateDirectory(Downloads);
        Directory.CreateDirectory(Screenshots);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.Driver)!, Path.GetFileName(Chromium.Driver)!);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium.Browser };
        // --no-sandbox: Chromium's sandbox refuses to run as root, as CI containers do.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--no-first-run");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
        Driver.ExecuteCdpCommand("Browser.setDownloadBehavior", new Dictionary<string, object?> { ["behavior"] = "allow", ["downloadPath"] = Downloads });
        Driver.ExecuteCdpCommand("Browser.grantPermissions", new Dictionary<string, object?>
        {
            ["origin"] = Address.GetLeftPart(UriPartial.Authority),
            ["permissions"] = new[] { "clipboardReadWrite", "clipboardSanitizedWrite" },
        });
    }

    public void Open(string path) => Driver!.Navigate().GoToUrl(new Uri(Address, path));

    /// <summary>The browser console's errors since the last call (SEVERE entries), as text.</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver!.Manage().Logs.GetLog(LogType.Browser).Where(entry => entry.Level >= LogLevel.Severe).Select(entry => entry.Message).ToList();

    /// <summary>Saves the window as browser-screenshots/<paramref name="name"/>.png and returns the path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        Driver!.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>
    /// The serious and critical violations axe-core finds on the open page, one line each (rule, help, where).
    /// </summary>
    public IReadOnlyList<string> AccessibilityViolations(string axeScript)
    {
        Driver!.ExecuteScript(axeScript);
        var result = Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] })
              .then(r => done(r.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => v.impact + " " + v.id + ": " + v.help + " at " + v.nodes.map(n => n.target.join(" ")).join(", "))))
              .catch(e => done(["axe failed: " + e]));
            """);
        return ((IEnumerable<object>)result!).Select(item => item.ToString()!).ToList();
    }

    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        await _site.DisposeAsync();
        if (Directory.Exists(Downloads))
        {
            Directory.Delete(Downloads, recursive: true);
        }
    }
}

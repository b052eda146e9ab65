using System;
using System.IO;
using System.Linq;
using System.Threading;
using DocGen.Site.Catalog;
using DocGen.Site.Tests.Browser;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace DocGen.Site.Tests.Browser;

/// <summary>
/// The site as a reader meets it in headless Chromium: home, timeline, catalog filter, document, copy a citation,
/// download RIS, 404; what each page shows is asserted, each is saved as a screenshot, and the browser console must
/// hold no error. axe-core checks each page type for serious and critical violations.
/// </summary>
public sealed class BrowserWalkTests : IClassFixture<BrowserSession>
{
    private readonly BrowserSession _browser;
    private readonly ITestOutputHelper _log;

    public BrowserWalkTests(BrowserSession browser, ITestOutputHelper log)
    {
        _browser = browser;
        _log = log;
    }

    private IWebDriver Driver => _browser.Driver!;

    [BrowserFact]
    public void AReaderWalksFromHomeThroughTheTimelineAndCatalogToADocumentItsCitationItsRisAndA404()
    {
        _browser.ConsoleErrors();   // this test's pages only: another test of the class may have run in this browser
        // Home: the collections with their sizes, and the timeline.
        _browser.Open("/");
        Assert.Equal("The archive", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal(
            new[] { "China 2 documents", "Korean War 4 documents" },
            Driver.FindElements(By.CssSelector("ul.collections li")).Select(li => li.Text));
        Step("home");

        // Timeline: the 1950 bar opens the catalog of that year.
        Driver.FindElement(By.CssSelector("svg a[aria-label='1950: 4 documents']")).Click();
        Assert.EndsWith("/catalog?from=1950&to=1950", Driver.Url, StringComparison.Ordinal);
        Assert.Equal("1–4 of 4 documents", Driver.FindElement(By.CssSelector("p.count")).Text);
        Step("timeline-1950");

        // Catalog filter: the period stays, a person is added, the form submits to a URL of both.
        new SelectElement(Driver.FindElement(By.Id("f-person"))).SelectByText("USSR Council of Ministers");
        Driver.FindElement(By.CssSelector("form.filters button[type=submit]")).Click();
        Assert.Contains("from=1950", Driver.Url, StringComparison.Ordinal);
        Assert.Contains("person=USSR+Council+of+Ministers", Driver.Url, StringComparison.Ordinal);
        var titles = Driver.FindElements(By.CssSelector("ol.documents li > a")).Select(a => a.Text).ToList();
        Assert.Equal(new[] { "Telegram from Shtykov to USSR Council of Ministers" }, titles);
        Step("catalog-filtered");

        // Document.
        Driver.FindElement(By.LinkText(titles[0])).Click();
        Assert.EndsWith("/documents/114925", Driver.Url, StringComparison.Ordinal);
        Assert.Equal(titles[0], Driver.FindElement(By.TagName("h1")).Text);
        Assert.Contains("TsAMO RF", Driver.FindElement(By.CssSelector("ul.sources")).Text, StringComparison.Ordinal);
        Step("document");

        // Copy a citation: the clipboard holds the plain text, and the button says so.
        var copy = Driver.FindElement(By.CssSelector("button.copy[aria-label='Copy the citation: APA']"));
        copy.Click();
        Assert.Equal("Copied", UntilCopied(copy));
        var copied = (string?)((IJavaScriptExecutor)Driver).ExecuteAsyncScript("const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('no clipboard: ' + e));");
        Assert.Equal(copy.GetAttribute("data-copy"), copied);
        Assert.StartsWith("Shtykov. (1950). Telegram from Shtykov", copied, StringComparison.Ordinal);
        Step("document-copied");

        // RIS download: the file the browser saves is the runtime's RIS of the document.
        Driver.FindElement(By.LinkText("RIS")).Click();
        var ris = Path.Combine(_browser.Downloads, "114925.ris");
        for (var tries = 0; tries < 300 && !File.Exists(ris); tries++)
        {
            Thread.Sleep(100);   // waits for the download to land; nothing is measured
        }

        Assert.True(File.Exists(ris), "the RIS download did not arrive: " + string.Join(", ", Directory.GetFiles(_browser.Downloads)));
        Assert.Contains("TI  - Telegram from Shtykov to USSR Council of Ministers", File.ReadAllText(ris), StringComparison.Ordinal);
        Assert.Empty(_browser.ConsoleErrors());

        // 404: an unknown id, with the nearest ids suggested. The browser logs the page's own 404 status, and only that.
        _browser.Open("/documents/11492");
        Assert.Equal("Not found", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal("114925: Telegram from Shtykov to USSR Council of Ministers", Driver.FindElement(By.CssSelector("ul.suggestions li")).Text);
        _log.WriteLine("screenshot: " + _browser.Screenshot("not-found"));
        AssertNoConsoleErrorBut404Of("/documents/11492");
    }

    [BrowserFact]
    public void TheKeyboardReachesTheSkipLinkTheContentAndACopyButton()
    {
        _browser.ConsoleErrors();
        _browser.Open("/");
        var body = Driver.FindElement(By.TagName("body"));
        body.SendKeys(Keys.Tab);
        Assert.Equal("Skip to content", Driver.SwitchTo().ActiveElement().Text);
        Driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
        Assert.EndsWith("/#main", Driver.Url, StringComparison.Ordinal);
        Driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
        Assert.Equal("Browse the catalog", Driver.SwitchTo().ActiveElement().Text);

        // On a document page, Tab reaches the first copy button, and Enter presses it.
        _browser.Open("/documents/114925");
        IWebElement focused;
        var tabs = 0;
        do
        {
            Driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
            focused = Driver.SwitchTo().ActiveElement();
        }
        while (focused.TagName != "button" && ++tabs < 50);

        Assert.Equal("Copy the citation: As the archive gives it", focused.GetAttribute("aria-label"));
        focused.SendKeys(Keys.Enter);
        Assert.Equal("Copied", UntilCopied(focused));
        Assert.Empty(_browser.ConsoleErrors());
    }

    [AxeFact]
    public void NoPageTypeHasASeriousOrCriticalAccessibilityViolation()
    {
        var axe = AxeInstall.Script!;
        _browser.ConsoleErrors();

        foreach (var path in new[] { "/", "/catalog", "/catalog?from=1950&to=1950&page=1", "/documents/114925", "/documents/no-such-id" })
        {
            _browser.Open(path);
            var violations = _browser.AccessibilityViolations(axe);
            _log.WriteLine($"{path}: {violations.Count} serious or critical violations");
            Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
            AssertNoConsoleErrorBut404Of("/documents/no-such-id");
        }
    }

    /// <summary>
    /// The button's text once the page's script has written the clipboard (it answers asynchronously): "Copied", or
    /// what it said instead. The wait ends at the change; its bound only stops a page that never answers.
    /// </summary>
    private string UntilCopied(IWebElement button)
    {
        try
        {
            new WebDriverWait(Driver, TimeSpan.FromSeconds(30)).Until(_ => button.Text != "Copy");
        }
        catch (WebDriverTimeoutException)
        {
            // The assertion that follows reports the text.
        }

        return button.Text;
    }

    /// <summary>The browser logs a page's own 404 status as an error: the one error the 404 page may have.</summary>
    private void AssertNoConsoleErrorBut404Of(string path)
    {
        var expected = new Uri(_browser.Address, path) + " - Failed to load resource: the server responded with a status of 404";
        Assert.All(_browser.ConsoleErrors(), error => Assert.StartsWith(expected, error, StringComparison.Ordinal));
    }

    private void Step(string name)
    {
        _log.WriteLine("screenshot: " + _browser.Screenshot(name));
        Assert.Empty(_browser.ConsoleErrors());
    }
}

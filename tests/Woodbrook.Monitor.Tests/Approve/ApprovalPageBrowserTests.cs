using System.Globalization;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Woodbrook.Monitor.GraphSandbox;
using Woodbrook.Monitor.Host;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Tests.EndToEnd;
using Woodbrook.Monitor.Tests.Support;

namespace Woodbrook.Monitor.Tests.Approve;

/// <summary>The approval page in a real browser: Debian's headless Chromium at phone size, against the whole service
/// and the Graph sandbox over loopback. It leaves screenshots a person can look at in
/// <c>&lt;test output&gt;/screenshots/</c> (and a copy of the first at <c>/tmp/woodbrook-approval-phone.png</c>).</summary>
public sealed partial class ApprovalPageBrowserTests
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;
    /// <summary>The sandbox comment the test decides on: a defamatory one, for which Delete is the right call.</summary>
    private const string Comment = "Dr Patel is a drunk";
    private const string Reason = "Defamatory claim about a named GP (browser test)";

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task ApprovalPage_MentionOnAnotherAccountsMedia_DeleteAndHideCannotBePressedKeepWorks()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        await using var host = await MonitorHost.StartAsync();
        var caseId = await host.PendingCaseAsync("@woodbrook.medical Dr Patel is a drunk", "17990000000000009", null, "instagram", canHide: false, canRemove: false);
        using var chrome = HeadlessChrome.StartPhone(PhoneWidth, PhoneHeight);
        var driver = chrome.Driver;
        driver.Navigate().GoToUrl(new Uri(host.BaseUrl, $"/approve/{host.Token(caseId)}").ToString());

        var delete = driver.FindElement(By.CssSelector("form button[value=delete]"));
        var hide = driver.FindElement(By.CssSelector("form button[value=hide]"));
        Assert.False(delete.Enabled);
        Assert.False(hide.Enabled);
        Assert.Contains("mentions the practice's account", driver.FindElement(By.Id("nohide")).Text, StringComparison.Ordinal);
        // A disabled button ignores a click: the page stays, the case stays pending.
        driver.ExecuteScript("arguments[0].click();", delete);
        await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System, ct);
        Assert.Equal(CaseState.Pending, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, ct))!.State);
        chrome.SaveViewport(Path.Combine(ScreenshotDirectory, "approval-page-mention.png"));

        driver.FindElement(By.CssSelector("form button[value=keep]")).Click();
        await PipelineTests.WaitUntilAsync(() => Shows(driver, "[role=status]", "Keep"), ct);
        Assert.Equal(CaseState.Kept, (await host.Get<ModerationQueue>().GetCaseAsync(caseId, ct))!.State);
    }

    [Fact]
    public async Task ApprovalPage_PhoneKeyboardDelete_ReadableAccessibleAndSandboxReceivesDelete()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = cts.Token;
        var data = Path.Combine(Path.GetTempPath(), "wm-browser-" + Guid.NewGuid().ToString("N"));
        await using var sandbox = await GraphSandboxServer.StartAsync(new GraphSandboxOptions(), ct);
        var port = PipelineTests.FreePort();
        var app = Program.BuildApp(DemoSettings.For(sandbox, port, data));
        HeadlessChrome? chrome = null;
        try
        {
            await app.StartAsync(ct);
            var queue = app.Services.GetRequiredService<ModerationQueue>();
            var (email, pending) = await WaitForCaseEmailAsync(Path.Combine(data, "mail"), queue, Comment, ct);
            var link = LinkPattern().Match(email.Text).Value;
            Assert.StartsWith($"http://127.0.0.1:{port}/approve/", link, StringComparison.Ordinal);
            var caseId = pending.Id;
            Assert.Equal(CaseState.Pending, pending.State);
            var commentId = pending.CommentId;
            bool Deleted() => sandbox.Actions.Any(a => a.Action == "delete" && a.Id == commentId);

            chrome = HeadlessChrome.StartPhone(PhoneWidth, PhoneHeight);
            var driver = chrome.Driver;
            driver.Navigate().GoToUrl(link);
            Assert.Contains($"Case {caseId}", driver.Title, StringComparison.Ordinal);

            // Opening the page changes nothing: mail scanners open links too.
            await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
            Assert.False(Deleted(), "opening the approval page (GET) must not delete the comment");

            // Phone layout: the viewport meta tag is honoured and nothing scrolls sideways.
            Assert.Equal(PhoneWidth, chrome.Number("return window.innerWidth;"));
            var scrollWidth = chrome.Number("return document.scrollingElement.scrollWidth;");
            Assert.True(scrollWidth <= PhoneWidth, $"the page scrolls sideways at phone width: scrollWidth {scrollWidth} > {PhoneWidth}");

            // The evidence is highlighted inside the comment itself, and every piece of evidence is in a highlight.
            var marks = driver.FindElements(By.CssSelector("blockquote mark"));
            Assert.NotEmpty(marks);
            Assert.All(marks, m => Assert.True(m.Displayed && m.Text.Length > 0, "an evidence highlight is empty or hidden"));
            var marked = marks.Select(m => m.Text).ToList();
            Assert.All(pending.Evidence, e => Assert.Contains(marked, t => t.Contains(e.Text, StringComparison.Ordinal)));
            var quoteBackground = (string?)driver.ExecuteScript("return getComputedStyle(document.querySelector('blockquote')).backgroundColor;");
            Assert.NotEqual(quoteBackground, marks[0].GetCssValue("background-color"));

            // Touch targets: every decision button is at least 44 × 44 CSS pixels and inside the screen.
            var buttons = driver.FindElements(By.CssSelector("form button[name=decision]"));
            Assert.Contains(buttons, b => b.GetAttribute("value") == "delete");
            Assert.All(buttons, b =>
            {
                Assert.True(b.Size.Height >= 44 && b.Size.Width >= 44, $"button '{b.Text}' is {b.Size.Width}×{b.Size.Height} px, under 44 px");
                Assert.True(b.Location.X >= 0 && b.Location.X + b.Size.Width <= PhoneWidth, $"button '{b.Text}' sticks out of the screen");
            });

            // Labels: the reason box (and every other visible field) has a <label for=…> with text.
            var reasonLabel = driver.FindElement(By.CssSelector("label[for=reason]"));
            Assert.False(string.IsNullOrWhiteSpace(reasonLabel.Text));
            Assert.Equal("textarea", driver.FindElement(By.Id("reason")).TagName);
            foreach (var field in driver.FindElements(By.CssSelector("textarea, input:not([type=hidden]), select")))
            {
                var id = field.GetAttribute("id");
                Assert.False(string.IsNullOrEmpty(id), $"a {field.TagName} has no id for a label to point at");
                Assert.NotEmpty(driver.FindElements(By.CssSelector($"label[for='{id}']")));
            }

            // Contrast: text on the buttons, highlights, label chips and notes meets WCAG AA (4.5:1).
            foreach (var (what, ratio) in Contrasts(driver, "form button[name=decision]:not([disabled]), blockquote mark, .labels li, .note, label, h1, dt"))
            {
                Assert.True(ratio >= 4.5, $"{what} has contrast {ratio:0.00}:1, under 4.5:1");
            }

            var phoneShot = Path.Combine(ScreenshotDirectory, "approval-page-phone.png");
            chrome.SaveViewport(phoneShot);
            File.Copy(phoneShot, Path.Combine(Path.GetTempPath(), "woodbrook-approval-phone.png"), overwrite: true);

            // Keyboard: type a reason into the labelled box, Tab to Delete, and see the focus ring.
            var reason = driver.FindElement(By.Id("reason"));
            reason.SendKeys(Reason);
            Assert.Equal(Reason, reason.GetDomProperty("value"));
            for (var tabs = 0; tabs < 10 && ActiveDecision(driver) != "delete"; tabs++)
            {
                new Actions(driver).SendKeys(Keys.Tab).Perform();
            }
            Assert.Equal("delete", ActiveDecision(driver));
            Assert.NotEqual("none", driver.SwitchTo().ActiveElement().GetCssValue("outline-style"));
            chrome.SaveFullPage(Path.Combine(ScreenshotDirectory, "approval-page-phone-full.png"));
            await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
            Assert.False(Deleted(), "nothing may be deleted before the decision is made");

            // Enter on the focused button decides; the page comes back showing the decision.
            driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
            await PipelineTests.WaitUntilAsync(() => Shows(driver, "[role=status]", "Already decided"), ct);
            Assert.Empty(driver.FindElements(By.CssSelector("form button[name=decision]")));
            var status = driver.FindElement(By.CssSelector("[role=status]")).Text;
            Assert.Contains("Delete", status, StringComparison.Ordinal);
            Assert.Contains("comms.lead@woodbrook.example", status, StringComparison.Ordinal);

            await PipelineTests.WaitUntilAsync(Deleted, ct);
            Assert.Single(sandbox.Actions, a => a.Action == "delete" && a.Id == commentId);
            var decided = await queue.GetCaseAsync(caseId, ct);
            Assert.Equal(CaseDecision.Delete, decided!.Decision);
            Assert.Equal(Reason, decided.Reason);

            // Once the action is done the page says so.
            await PipelineTests.WaitUntilAsync(async () => (await queue.GetCaseAsync(caseId, ct))!.State == CaseState.Done, ct);
            driver.Navigate().Refresh();
            var outcome = driver.FindElement(By.CssSelector("[role=status]"));
            Assert.Contains("The action has been carried out.", outcome.Text, StringComparison.Ordinal);
            // On a phone the outcome is what the approver sees first, and the heading no longer asks for a decision.
            Assert.True(outcome.Location.Y + outcome.Size.Height <= PhoneHeight,
                $"the outcome ends at {outcome.Location.Y + outcome.Size.Height} px, below the first {PhoneHeight} px screen");
            Assert.DoesNotContain("waiting for your decision", driver.FindElement(By.TagName("h1")).Text, StringComparison.Ordinal);
            Assert.True(chrome.Number("return document.scrollingElement.scrollWidth;") <= PhoneWidth, "the decided page scrolls sideways");
            chrome.SaveViewport(Path.Combine(ScreenshotDirectory, "approval-page-phone-decided.png"));
        }
        finally
        {
            chrome?.Dispose();
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }

    /// <summary>The approval email for the case of one known sandbox comment. The demo flags many comments and the
    /// emails land in any order; choosing one by its text keeps the test and its screenshots the same on every run.</summary>
    private static async Task<(EmlFile Email, CaseView Case)> WaitForCaseEmailAsync(string folder, ModerationQueue queue, string commentStart, CancellationToken ct)
    {
        (EmlFile, CaseView)? found = null;
        await PipelineTests.WaitUntilAsync(async () =>
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                EmlFile email;
                try
                {
                    email = EmlFile.Parse(await File.ReadAllTextAsync(file, ct));
                }
                catch (Exception e) when (e is IOException or FormatException)
                {
                    continue; // still being written
                }
                var number = CasePattern().Match(email.Subject);
                if (!email.Subject.Contains("needs a decision", StringComparison.Ordinal) || !number.Success)
                {
                    continue;
                }
                var view = await queue.GetCaseAsync(long.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture), ct);
                if (view is not null && view.Text.StartsWith(commentStart, StringComparison.Ordinal))
                {
                    found = (email, view);
                    return true;
                }
            }
            return false;
        }, ct);
        return found!.Value;
    }

    /// <summary>Whether an element matching <paramref name="selector"/> shows <paramref name="text"/>; false while the
    /// page is still being replaced after the form was sent.</summary>
    private static bool Shows(IWebDriver driver, string selector, string text)
    {
        try
        {
            return driver.FindElements(By.CssSelector(selector)).Any(e => e.Text.Contains(text, StringComparison.Ordinal));
        }
        catch (StaleElementReferenceException)
        {
            return false;
        }
    }

    private static string? ActiveDecision(IWebDriver driver)
    {
        var active = driver.SwitchTo().ActiveElement();
        return active.TagName == "button" && active.GetAttribute("name") == "decision" ? active.GetAttribute("value") : null;
    }

    /// <summary>The WCAG contrast ratio of each matching element's text colour against the first opaque background
    /// behind it.</summary>
    private static List<(string What, double Ratio)> Contrasts(IWebDriver driver, string selector)
    {
        const string script = """
            const opaque = c => c && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
            return [...document.querySelectorAll(arguments[0])].map(el => {
              let bg = null;
              for (let n = el; n && !bg; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor;
                if (opaque(c)) bg = c;
              }
              const name = el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' "' + el.textContent.trim().slice(0, 30) + '"';
              return [name, getComputedStyle(el).color, bg || 'rgb(255, 255, 255)'];
            });
            """;
        var rows = (IReadOnlyCollection<object>)((IJavaScriptExecutor)driver).ExecuteScript(script, selector)!;
        Assert.NotEmpty(rows);
        return rows.Cast<IReadOnlyCollection<object>>().Select(r => r.Cast<string>().ToArray())
            .Select(r => (r[0], Ratio(Luminance(r[1]), Luminance(r[2])))).ToList();
    }

    private static double Ratio(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

    private static double Luminance(string cssColour)
    {
        var parts = RgbPattern().Match(cssColour);
        Assert.True(parts.Success, $"unexpected colour '{cssColour}'");
        double Channel(int i)
        {
            var c = double.Parse(parts.Groups[i].Value, CultureInfo.InvariantCulture) / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/approve/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"case (\d+)")]
    private static partial Regex CasePattern();

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)")]
    private static partial Regex RgbPattern();
}

using System.Globalization;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>Debian's Chromium, headless, driven through Debian's ChromeDriver and emulating a phone. Both binaries are
/// named by path so Selenium Manager never looks for (or downloads) anything. A missing browser is a failure with a
/// clear message, not a skip: CI installs it (see tests/run.sh).</summary>
public sealed class HeadlessChrome : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverDirectory = "/usr/bin";
    public const string DriverFile = "chromedriver";

    private readonly ChromeDriverService _service;
    private readonly string _profile;

    private HeadlessChrome(ChromeDriver driver, ChromeDriverService service, string profile)
    {
        Driver = driver;
        _service = service;
        _profile = profile;
    }

    public ChromeDriver Driver { get; }

    /// <summary>Starts Chromium emulating a phone: a <paramref name="width"/> × <paramref name="height"/> CSS-pixel
    /// viewport at twice the pixel density, with touch, so the page's viewport meta tag is honoured as on a phone.</summary>
    public static HeadlessChrome StartPhone(int width = 390, int height = 844)
    {
        var driverPath = Path.Combine(DriverDirectory, DriverFile);
        if (!File.Exists(ChromiumPath) || !File.Exists(driverPath))
        {
            throw new InvalidOperationException(
                $"The browser test needs Debian's chromium ({ChromiumPath}) and chromium-driver ({driverPath}); "
                + $"found chromium: {File.Exists(ChromiumPath)}, chromedriver: {File.Exists(driverPath)}. "
                + "Install them with `apt-get install chromium chromium-driver` (bash tests/run.sh does this).");
        }

        var profile = Path.Combine(Path.GetTempPath(), "wm-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var size = string.Create(CultureInfo.InvariantCulture, $"{width},{height}");
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--window-size=" + size, "--user-data-dir=" + profile);
        options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings
        {
            Width = width,
            Height = height,
            PixelRatio = 2,
            EnableTouchEvents = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
        });

        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverFile);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        try
        {
            var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
            driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
            return new HeadlessChrome(driver, service, profile);
        }
        catch
        {
            service.Dispose();
            DeleteQuietly(profile);
            throw;
        }
    }

    /// <summary>Runs a script in the page and returns its value as a double (numbers come back as long or double).</summary>
    public double Number(string script, params object[] args) =>
        Convert.ToDouble(Driver.ExecuteScript(script, args), CultureInfo.InvariantCulture);

    /// <summary>Saves what the phone shows (the viewport) as a PNG.</summary>
    public void SaveViewport(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Driver.GetScreenshot().SaveAsFile(path);
    }

    /// <summary>Saves the whole page, top to bottom, at the phone's width as a PNG (through the DevTools protocol).</summary>
    public void SaveFullPage(string path)
    {
        var width = Number("return document.documentElement.clientWidth;");
        var height = Number("return document.scrollingElement.scrollHeight;");
        var result = Driver.ExecuteCdpCommand("Page.captureScreenshot", new Dictionary<string, object?>
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new Dictionary<string, object> { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var data = result is Dictionary<string, object?> reply && reply.TryGetValue("data", out var png) && png is string base64
            ? base64
            : throw new InvalidOperationException("Page.captureScreenshot returned no image");
        File.WriteAllBytes(path, Convert.FromBase64String(data));
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        finally
        {
            Driver.Dispose();
            _service.Dispose();
            DeleteQuietly(_profile);
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium can still be letting go of its profile; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

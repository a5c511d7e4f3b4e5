using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Woodbrook.Monitor.Tests.Support;

/// <summary>Starts a real SMTP server process (aiosmtpd, STARTTLS + AUTH) on a loopback port and reads what it received.</summary>
public sealed class SmtpServerProcess : IAsyncDisposable
{
    public const string User = "monitor";
    public const string Password = "s3cret-for-tests";

    private readonly Process _process;

    private SmtpServerProcess(Process process, int port, string folder, X509Certificate2 certificate)
    {
        _process = process;
        Port = port;
        Folder = folder;
        Certificate = certificate;
    }

    public int Port { get; }

    public string Folder { get; }

    public X509Certificate2 Certificate { get; }

    public static async Task<SmtpServerProcess> StartAsync(int? port = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wm-smtp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var now = TimeProvider.System.GetUtcNow();
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        var certPath = Path.Combine(folder, "cert.pem");
        var keyPath = Path.Combine(folder, "key.pem");
        await File.WriteAllTextAsync(certPath, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        var chosen = port ?? MonitorHost.FreePort();
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "smtp_server.py");
        // Debian's own python, which has python3-aiosmtpd; tests/run.sh installs it.
        var start = new ProcessStartInfo("/usr/bin/python3", [script, chosen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Path.Combine(folder, "maildir"), certPath, keyPath, User, Password])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the SMTP server");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready")
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException("the SMTP server (aiosmtpd) did not start: " + error);
        }
        return new SmtpServerProcess(process, chosen, folder, certificate);
    }

    /// <summary>The messages the server accepted, as raw text.</summary>
    public IReadOnlyList<string> Messages()
    {
        var maildir = Path.Combine(Folder, "maildir");
        return new[] { "new", "cur" }.Select(d => Path.Combine(maildir, d)).Where(Directory.Exists)
            .SelectMany(Directory.GetFiles).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Certificate.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

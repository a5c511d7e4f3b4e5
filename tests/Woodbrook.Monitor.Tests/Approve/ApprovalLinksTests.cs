using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Approve;
using Woodbrook.Monitor.Tests.Fakes;

namespace Woodbrook.Monitor.Tests.Approve;

public sealed class ApprovalLinksTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ApprovalLinks _links;

    public ApprovalLinksTests()
    {
        _links = Links(new ApprovalKey(RandomNumberGenerator.GetBytes(32)));
    }

    private ApprovalLinks Links(ApprovalKey key) => new(Options.Create(new ApproveOptions
    {
        PublicBaseUrl = new Uri("https://monitor.example/"),
        LinkLifetime = TimeSpan.FromHours(72),
        Approvers = ["comms@example.org"],
    }), key, _time);

    [Fact]
    public void Check_FreshToken_ReturnsValidWithCaseAndApprover()
    {
        var check = _links.Check(_links.CreateToken(42, "Comms@Example.org"));
        Assert.Equal(LinkStatus.Valid, check.Status);
        Assert.Equal(42, check.CaseId);
        Assert.Equal("comms@example.org", check.Approver);
    }

    [Fact]
    public void Check_TokenPastExpiry_ReturnsExpired()
    {
        var token = _links.CreateToken(42, "comms@example.org");
        _time.Advance(TimeSpan.FromHours(72) + TimeSpan.FromSeconds(1));
        Assert.Equal(LinkStatus.Expired, _links.Check(token).Status);
    }

    [Fact]
    public void Check_TokenJustBeforeExpiry_ReturnsValid()
    {
        var token = _links.CreateToken(42, "comms@example.org");
        _time.Advance(TimeSpan.FromHours(71));
        Assert.Equal(LinkStatus.Valid, _links.Check(token).Status);
    }

    [Fact]
    public void Check_OneCharacterOfSignatureChanged_ReturnsBadSignature()
    {
        var token = _links.CreateToken(42, "comms@example.org");
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        Assert.Equal(LinkStatus.BadSignature, _links.Check(tampered).Status);
    }

    [Fact]
    public void Check_PayloadMovedToAnotherCase_ReturnsBadSignature()
    {
        var forCase1 = _links.CreateToken(1, "comms@example.org");
        var forCase2 = _links.CreateToken(2, "comms@example.org");
        var crossed = forCase2.Split('.')[0] + "." + forCase1.Split('.')[1];
        Assert.Equal(LinkStatus.BadSignature, _links.Check(crossed).Status);
    }

    [Fact]
    public void Check_TokenSignedWithAnotherKey_ReturnsBadSignature()
    {
        var other = Links(new ApprovalKey(RandomNumberGenerator.GetBytes(32)));
        Assert.Equal(LinkStatus.BadSignature, _links.Check(other.CreateToken(42, "comms@example.org")).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot-here")]
    [InlineData(".")]
    [InlineData("abc.")]
    [InlineData("!!!.###")]
    public void Check_Garbage_ReturnsMalformed(string token) =>
        Assert.Equal(LinkStatus.Malformed, _links.Check(token).Status);

    [Fact]
    public void CreateLink_UsesPublicBaseUrl()
    {
        var link = _links.CreateLink(7, "comms@example.org");
        Assert.StartsWith("https://monitor.example/approve/", link.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoConfiguredKey_GeneratesOnceAndReusesIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wm-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = ApprovalKey.Load(null, folder);
            var second = ApprovalKey.Load(null, folder);
            Assert.Equal(first.Bytes, second.Bytes);
            Assert.Equal(32, first.Bytes.Length);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "keys", "approval-signing.key")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_ShortConfiguredKey_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ApprovalKey.Load(Convert.ToBase64String(new byte[16]), Path.GetTempPath()));
}

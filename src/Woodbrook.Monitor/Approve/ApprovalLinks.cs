using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Approve;

/// <summary>Signed approval tokens: <c>base64url(payload).base64url(HMAC-SHA256(key, payload))</c>, the payload naming one
/// case, one approver and an expiry. Signing makes them unforgeable; the case's state makes them decide once.</summary>
public sealed class ApprovalLinks
{
    private readonly byte[] _key;
    private readonly ApproveOptions _options;
    private readonly TimeProvider _time;

    public ApprovalLinks(IOptions<ApproveOptions> options, ApprovalKey key, TimeProvider time)
    {
        _options = options.Value;
        _key = key.Bytes;
        _time = time;
    }

    public string CreateToken(long caseId, string approver) => CreateToken(caseId, approver, _time.GetUtcNow() + _options.LinkLifetime);

    public string CreateToken(long caseId, string approver, DateTimeOffset expiresAt)
    {
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));
        var payload = string.Join('|', "v1", caseId.ToString(CultureInfo.InvariantCulture), approver.Trim().ToLowerInvariant(),
            expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nonce);
        var bytes = Encoding.UTF8.GetBytes(payload);
        return Base64Url.EncodeToString(bytes) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, bytes));
    }

    public Uri CreateLink(long caseId, string approver) => LinkFor(CreateToken(caseId, approver));

    public Uri LinkFor(string token) => new(_options.PublicBaseUrl, "approve/" + token);

    public LinkCheck Check(string? token)
    {
        var invalid = new LinkCheck(LinkStatus.Malformed, 0, "", DateTimeOffset.MinValue);
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return invalid;
        }
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            return invalid;
        }
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return invalid;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return invalid with { Status = LinkStatus.BadSignature };
        }
        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 5 || parts[0] != "v1"
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return invalid;
        }
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expires);
        var status = _time.GetUtcNow() >= expiresAt ? LinkStatus.Expired : LinkStatus.Valid;
        return new LinkCheck(status, caseId, parts[2], expiresAt);
    }
}

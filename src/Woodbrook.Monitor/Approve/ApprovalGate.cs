using Microsoft.Extensions.Options;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Approve;

/// <summary>What every approval request passes first: the per-address failure limit, then the token — well signed, in
/// date, and naming someone who may still decide (a configured approver, or the practice manager, who receives
/// escalations). A refusal is a plain page that reveals nothing about the case, and is counted and logged.</summary>
public sealed class ApprovalGate(
    ApprovalLinks links, ApprovalAttemptLimiter limiter, ApprovalPage page, IOptions<ApproveOptions> options, IOptions<ReportOptions> report,
    ILogger<ApprovalGate> logger)
{
    private readonly IReadOnlyList<string> _deciders = options.Value.Approvers.Append(report.Value.PracticeManager).Select(a => a.Trim()).ToList();

    /// <summary>Checks a token from a link (GET) or a form (POST). Returns the refusal to send, or null and the check.</summary>
    public IResult? Refuse(HttpContext http, string? token, out LinkCheck check)
    {
        check = new LinkCheck(LinkStatus.Malformed, 0, "", DateTimeOffset.MinValue);
        var address = http.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(address))
        {
            logger.RateLimited();
            return Html(page.TooManyAttempts(), StatusCodes.Status429TooManyRequests);
        }
        check = links.Check(token);
        var approver = check.Approver;
        if (check.Status == LinkStatus.Valid && !_deciders.Any(a => string.Equals(a, approver, StringComparison.OrdinalIgnoreCase)))
        {
            // Well signed, but for someone no longer configured: treated like any other bad link.
            check = check with { Status = LinkStatus.BadSignature };
        }
        if (check.Status == LinkStatus.Valid)
        {
            return null;
        }
        limiter.RecordFailure(address);
        logger.LinkRefused(check.Status);
        return Html(page.Invalid(check.Status), StatusCodes.Status403Forbidden);
    }

    /// <summary>Reads a decision form: the token travels in the body, never only in a cookie, so another site cannot
    /// forge a decision.</summary>
    public async Task<(IResult? Refusal, LinkCheck Check, IFormCollection Form)> ReadFormAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return (Html(page.Invalid(LinkStatus.Malformed), StatusCodes.Status400BadRequest), new LinkCheck(LinkStatus.Malformed, 0, "", DateTimeOffset.MinValue), FormCollection.Empty);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var refusal = Refuse(http, form["token"].ToString(), out var check);
        return (refusal, check, form);
    }

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}

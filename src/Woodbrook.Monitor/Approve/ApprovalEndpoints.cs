using Microsoft.Extensions.Options;
using Quartz;
using Woodbrook.Monitor.Act;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor.Approve;

/// <summary>The approval endpoint. GET shows a case and never changes anything (mail scanners open links);
/// POST decides, with the signed token in the form body.</summary>
public static class ApprovalEndpoints
{
    public static IEndpointRouteBuilder MapApprovalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (ApprovalPage page) => Html(page.Home()));
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/approve/{token}", ShowAsync);
        app.MapPost("/approve", DecideAsync);
        app.MapPost("/approve/meta-report", RecordMetaReportAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext http, ApprovalLinks links, ModerationQueue queue, ApprovalPage page,
        ApprovalAttemptLimiter limiter, IOptions<ApproveOptions> options, IOptions<ReportOptions> report, IOptions<QueueOptions> queueOptions,
        ILogger<ApprovalPage> logger, CancellationToken cancellationToken)
    {
        var address = http.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(address))
        {
            logger.RateLimited();
            return Html(page.TooManyAttempts(), StatusCodes.Status429TooManyRequests);
        }
        var check = Check(links, token, options.Value, report.Value);
        if (check.Status != LinkStatus.Valid)
        {
            limiter.RecordFailure(address);
            logger.LinkRefused(check.Status);
            return Html(page.Invalid(check.Status), StatusCodes.Status403Forbidden);
        }
        var view = await queue.GetCaseAsync(check.CaseId, cancellationToken);
        return view is null ? Html(page.NotFound(), StatusCodes.Status404NotFound) : Html(page.Case(view, token, await ContextAsync(queue, view, queueOptions.Value, cancellationToken)));
    }

    private static async Task<CaseContext> ContextAsync(ModerationQueue queue, CaseView view, QueueOptions options, CancellationToken cancellationToken) =>
        new(await queue.LinkedCasesAsync(view, options.RepeatAuthorWindow, cancellationToken), await queue.IsHeldAsync(view.Id, cancellationToken));

    private static async Task<IResult> RecordMetaReportAsync(HttpContext http, ApprovalLinks links, ModerationQueue queue, ApprovalAttemptLimiter limiter,
        ApprovalPage page, IOptions<ApproveOptions> options, IOptions<ReportOptions> report, ILogger<ApprovalPage> logger, CancellationToken cancellationToken)
    {
        var address = http.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(address))
        {
            return Html(page.TooManyAttempts(), StatusCodes.Status429TooManyRequests);
        }
        if (!http.Request.HasFormContentType)
        {
            return Html(page.Invalid(LinkStatus.Malformed), StatusCodes.Status400BadRequest);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var token = form["token"].ToString();
        var check = Check(links, token, options.Value, report.Value);
        if (check.Status != LinkStatus.Valid)
        {
            limiter.RecordFailure(address);
            logger.LinkRefused(check.Status);
            return Html(page.Invalid(check.Status), StatusCodes.Status403Forbidden);
        }
        var reference = OneLine(form["reference"].ToString());
        if (reference.Length > 0)
        {
            await queue.RecordMetaReportAsync(check.CaseId, reference, check.Approver, cancellationToken);
        }
        return Results.Redirect("/approve/" + Uri.EscapeDataString(token), permanent: false, preserveMethod: false);
    }

    private static string OneLine(string value)
    {
        var single = string.Concat(value.Where(c => !char.IsControl(c))).Trim();
        return single.Length > 200 ? single[..200] : single;
    }

    private static async Task<IResult> DecideAsync(HttpContext http, ApprovalLinks links, ModerationQueue queue, ApprovalPage page, ApprovalRequests requests,
        ApprovalAttemptLimiter limiter, ISchedulerFactory schedulers, IOptions<ApproveOptions> options, IOptions<ReportOptions> report,
        IOptions<QueueOptions> queueOptions, ILogger<ApprovalPage> logger, CancellationToken cancellationToken)
    {
        var address = http.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(address))
        {
            logger.RateLimited();
            return Html(page.TooManyAttempts(), StatusCodes.Status429TooManyRequests);
        }
        if (!http.Request.HasFormContentType)
        {
            return Html(page.Invalid(LinkStatus.Malformed), StatusCodes.Status400BadRequest);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var token = form["token"].ToString();
        var check = Check(links, token, options.Value, report.Value);
        if (check.Status != LinkStatus.Valid)
        {
            limiter.RecordFailure(address);
            logger.LinkRefused(check.Status);
            return Html(page.Invalid(check.Status), StatusCodes.Status403Forbidden);
        }
        if (!ModerationQueue.TryParseDecision(form["decision"].ToString(), out var decision))
        {
            return Html(page.Invalid(LinkStatus.Malformed), StatusCodes.Status400BadRequest);
        }
        var reason = form["reason"].ToString().Trim();
        var result = await queue.DecideAsync(check.CaseId, decision, check.Approver, reason.Length == 0 ? null : reason[..Math.Min(reason.Length, 500)], cancellationToken);
        switch (result.Outcome)
        {
            case DecideOutcome.NotFound:
                return Html(page.NotFound(), StatusCodes.Status404NotFound);
            case DecideOutcome.AlreadyDecided:
                logger.AlreadyDecided(check.CaseId);
                return Html(page.Case(result.Case!, token, await ContextAsync(queue, result.Case!, queueOptions.Value, cancellationToken),
                    "This case had already been decided, so your choice was not applied."));
        }
        logger.Decided(check.CaseId, ModerationQueue.Wire(decision));
        if (decision == CaseDecision.Escalate)
        {
            await requests.EscalateAsync(check.CaseId, cancellationToken);
        }
        else
        {
            // Act at once rather than at the next sweep; the job is single-instance, so this cannot act twice.
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await scheduler.TriggerJob(ApplyDecisionsJob.Key, cancellationToken);
        }
        return Results.Redirect("/approve/" + Uri.EscapeDataString(token), permanent: false, preserveMethod: false);
    }

    /// <summary>A token must be well signed, in date, and name someone who may still decide: a configured approver,
    /// or the practice manager (who receives escalations).</summary>
    private static LinkCheck Check(ApprovalLinks links, string token, ApproveOptions options, ReportOptions report)
    {
        var check = links.Check(token);
        if (check.Status == LinkStatus.Valid
            && !options.Approvers.Append(report.PracticeManager).Any(a => string.Equals(a.Trim(), check.Approver, StringComparison.OrdinalIgnoreCase)))
        {
            return check with { Status = LinkStatus.BadSignature };
        }
        return check;
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}

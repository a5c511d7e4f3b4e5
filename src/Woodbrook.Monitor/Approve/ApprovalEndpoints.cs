using Microsoft.Extensions.Options;
using Quartz;
using Woodbrook.Monitor.Act;
using Woodbrook.Monitor.Queue;
using static Woodbrook.Monitor.Approve.ApprovalGate;

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

    private static async Task<IResult> ShowAsync(string token, HttpContext http, ApprovalGate gate, ModerationQueue queue, ApprovalPage page,
        IOptions<QueueOptions> queueOptions, CancellationToken cancellationToken)
    {
        if (gate.Refuse(http, token, out var check) is { } refusal)
        {
            return refusal;
        }
        var view = await queue.GetCaseAsync(check.CaseId, cancellationToken);
        return view is null ? Html(page.NotFound(), StatusCodes.Status404NotFound) : Html(page.Case(view, token, await ContextAsync(queue, view, queueOptions.Value, cancellationToken)));
    }

    private static async Task<IResult> DecideAsync(HttpContext http, ApprovalGate gate, ModerationQueue queue, ApprovalPage page, ApprovalRequests requests,
        ISchedulerFactory schedulers, IOptions<QueueOptions> queueOptions, ILogger<ApprovalPage> logger, CancellationToken cancellationToken)
    {
        var (refusal, check, form) = await gate.ReadFormAsync(http, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var token = form["token"].ToString();
        if (!ModerationQueue.TryParseDecision(form["decision"].ToString(), out var decision))
        {
            return Html(page.Invalid(LinkStatus.Malformed), StatusCodes.Status400BadRequest);
        }
        var reason = OneLine(form["reason"].ToString(), 500);
        var result = await queue.DecideAsync(check.CaseId, decision, check.Approver, reason.Length == 0 ? null : reason, cancellationToken);
        switch (result.Outcome)
        {
            case DecideOutcome.NotFound:
                return Html(page.NotFound(), StatusCodes.Status404NotFound);
            case DecideOutcome.AlreadyDecided:
                logger.AlreadyDecided(check.CaseId);
                return Html(page.Case(result.Case!, token, await ContextAsync(queue, result.Case!, queueOptions.Value, cancellationToken),
                    "This case had already been decided, so your choice was not applied."));
            case DecideOutcome.NotAllowed:
                // A disabled button posted anyway (an old page, a crafted form): nothing is recorded or sent to the platform.
                logger.DecisionNotAllowed(check.CaseId, ModerationQueue.Wire(decision));
                return Html(page.Case(result.Case!, token, await ContextAsync(queue, result.Case!, queueOptions.Value, cancellationToken),
                    "The platform does not let the account do that to this comment, so nothing was done. Choose another decision."), StatusCodes.Status409Conflict);
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

    private static async Task<IResult> RecordMetaReportAsync(HttpContext http, ApprovalGate gate, ModerationQueue queue, CancellationToken cancellationToken)
    {
        var (refusal, check, form) = await gate.ReadFormAsync(http, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var reference = OneLine(form["reference"].ToString(), 200);
        if (reference.Length > 0)
        {
            await queue.RecordMetaReportAsync(check.CaseId, reference, check.Approver, cancellationToken);
        }
        return Results.Redirect("/approve/" + Uri.EscapeDataString(form["token"].ToString()), permanent: false, preserveMethod: false);
    }

    private static async Task<CaseContext> ContextAsync(ModerationQueue queue, CaseView view, QueueOptions options, CancellationToken cancellationToken) =>
        new(await queue.LinkedCasesAsync(view, options.RepeatAuthorWindow, cancellationToken), await queue.IsHeldAsync(view.Id, cancellationToken));

    /// <summary>Free text from a form, without control characters and cut to a length.</summary>
    private static string OneLine(string value, int max)
    {
        var single = string.Concat(value.Where(c => !char.IsControl(c) || c is '\n')).Trim();
        return single.Length > max ? single[..max] : single;
    }
}

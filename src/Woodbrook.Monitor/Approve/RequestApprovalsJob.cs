using Quartz;

namespace Woodbrook.Monitor.Approve;

[DisallowConcurrentExecution]
internal sealed class RequestApprovalsJob(ApprovalRequests requests) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await requests.RunAsync(cancellationToken);
}

using Quartz;

namespace Woodbrook.Monitor.Approve;

[DisallowConcurrentExecution]
internal sealed class RemindApproversJob(ApprovalRequests requests) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await requests.RemindAsync(cancellationToken);
}

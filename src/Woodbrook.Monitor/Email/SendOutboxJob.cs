using Quartz;

namespace Woodbrook.Monitor.Email;

[DisallowConcurrentExecution]
internal sealed class SendOutboxJob(OutboxSender sender) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.RunAsync(cancellationToken);
}

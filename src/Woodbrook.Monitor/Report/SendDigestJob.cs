using Quartz;

namespace Woodbrook.Monitor.Report;

[DisallowConcurrentExecution]
internal sealed class SendDigestJob(DigestSender sender) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.RunAsync(cancellationToken);
}

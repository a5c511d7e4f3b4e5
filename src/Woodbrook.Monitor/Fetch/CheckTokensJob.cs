using Quartz;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Quartz adapter: the daily token check of every source.</summary>
[DisallowConcurrentExecution]
internal sealed class CheckTokensJob(TokenCheck check) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await check.CheckAllAsync(cancellationToken);
}

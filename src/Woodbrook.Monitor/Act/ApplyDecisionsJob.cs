using Quartz;

namespace Woodbrook.Monitor.Act;

[DisallowConcurrentExecution]
internal sealed class ApplyDecisionsJob(DecisionApplier applier) : IJob
{
    public static readonly JobKey Key = new("apply-decisions");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await applier.RunAsync(cancellationToken);
}

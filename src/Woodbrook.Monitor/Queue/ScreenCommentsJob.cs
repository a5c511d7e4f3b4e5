using Quartz;

namespace Woodbrook.Monitor.Queue;

[DisallowConcurrentExecution]
internal sealed class ScreenCommentsJob(CommentScreening screening) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await screening.RunAsync(cancellationToken);
}

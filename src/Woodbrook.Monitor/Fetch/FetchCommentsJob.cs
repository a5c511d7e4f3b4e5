using Quartz;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Quartz adapter: one job per source (job data <c>source</c>), never two runs of one source at once.</summary>
[DisallowConcurrentExecution]
internal sealed class FetchCommentsJob(CommentFetcher fetcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var source = context.MergedJobDataMap.GetString("source") ?? throw new JobExecutionException("Job data 'source' is missing.");
        await fetcher.RunAsync(source, cancellationToken);
    }
}

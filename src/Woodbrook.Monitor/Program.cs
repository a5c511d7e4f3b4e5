using System.CommandLine;
using Microsoft.Extensions.Options;
using Quartz;
using Serilog;
using Woodbrook.Monitor.Act;
using Woodbrook.Monitor.Approve;
using Woodbrook.Monitor.Classify;
using Woodbrook.Monitor.Email;
using Woodbrook.Monitor.Fetch;
using Woodbrook.Monitor.Host;
using Woodbrook.Monitor.Queue;
using Woodbrook.Monitor.Report;

namespace Woodbrook.Monitor;

/// <summary>The command line and the composition root. <see cref="BuildApp"/> registers everything, in pipeline order.</summary>
public partial class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Woodbrook Monitor keeps a GP practice's Facebook Page and Instagram account within its patient code of conduct.");
        var run = new Command("run", "Run the service as configured in appsettings.json (the default command).");
        run.SetAction((_, ct) => RunAsync(ct));
        root.SetAction((_, ct) => RunAsync(ct));
        root.Subcommands.Add(run);
        root.Subcommands.Add(DemoCommand.Create());
        var configuration = MonitorConfiguration.Build();
        root.Subcommands.Add(ClassifyCommand.Create(configuration));
        root.Subcommands.Add(EvaluateCommand.Create(configuration));
        root.Subcommands.Add(CheckCommand.Create(configuration));
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(EvidenceCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var app = BuildApp();
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Woodbrook Monitor cannot start: the configuration is not valid.");
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure);
            }
            return 1;
        }
        catch (PolicyException ex)
        {
            await Console.Error.WriteLineAsync("Woodbrook Monitor cannot start: the classifier policy file is not valid: " + ex.Message);
            return 1;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("appsettings.json", StringComparison.Ordinal) || ex.Message.StartsWith("Approve:", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Woodbrook Monitor cannot start: " + ex.Message);
            return 1;
        }
    }

    /// <summary>Builds the service. <paramref name="overrides"/> are configuration values laid over everything else
    /// (the demo's embedded defaults, a test's settings).</summary>
    public static WebApplication BuildApp(IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? replace = null)
    {
        var leaked = SecretsGuard.Find(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        if (leaked.Count > 0)
        {
            throw new InvalidOperationException("appsettings.json holds secrets (" + string.Join(", ", leaked) +
                "). Remove them and give them as environment variables (WOODBROOK__Section__Key) or in the secrets file.");
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        MonitorConfiguration.Apply(builder.Configuration, overrides);
        var config = builder.Configuration;
        var dataDirectory = MonitorConfiguration.DataDirectory(config);
        Directory.CreateDirectory(dataDirectory);

        builder.Logging.ClearProviders().AddSerilog(new LoggerConfiguration()
            .ReadFrom.Configuration(config)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(Path.Combine(dataDirectory, "logs", "monitor-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger(), dispose: true);
        builder.WebHost.UseUrls(config["Approve:Urls"] ?? "http://127.0.0.1:5080");
        builder.Services.AddSingleton(TimeProvider.System);

        // 0 store
        builder.Services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section)
            .Configure(o => o.DataDirectory = dataDirectory).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Database>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<Outbox>();

        // 1 fetch
        builder.Services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>();
        AddFetchStage(builder.Services);

        // 2 classify
        builder.Services.AddOptions<PracticeOptions>().BindConfiguration(PracticeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ClassifierOptions>().BindConfiguration(ClassifierOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => CommentClassifier.Create(
            sp.GetRequiredService<IOptions<PracticeOptions>>().Value, sp.GetRequiredService<IOptions<ClassifierOptions>>().Value.PolicyFile));
        builder.Services.AddSingleton<AzureLanguageHealth>();
        var azure = config.GetSection(ClassifierOptions.Section).Get<ClassifierOptions>()?.Azure ?? new AzureLanguageOptions();
        if (azure.IsConfigured)
        {
            // Optional: Azure AI Language adds PII and opinion findings to the local verdict; it never removes one.
            builder.Services.AddSingleton(azure);
            builder.Services.AddHttpClient<ITextAnalysisClient, AzureLanguageClient>();
            builder.Services.AddSingleton<ICommentClassifier, AzureAssistedClassifier>();
        }
        else
        {
            builder.Services.AddSingleton<ICommentClassifier>(sp => sp.GetRequiredService<CommentClassifier>());
        }

        // 3 queue
        builder.Services.AddSingleton<CommentScreening>();
        builder.Services.AddSingleton<ModerationQueue>();

        // 4 approve
        builder.Services.AddOptions<ApproveOptions>().BindConfiguration(ApproveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => ApprovalKey.Load(sp.GetRequiredService<IOptions<ApproveOptions>>().Value.SigningKey, dataDirectory));
        builder.Services.AddSingleton<ApprovalLinks>();
        builder.Services.AddSingleton<ApprovalRequests>();
        builder.Services.AddSingleton<ApprovalPage>();
        builder.Services.AddSingleton<ApprovalAttemptLimiter>();
        builder.Services.AddSingleton<ApprovalGate>();

        // 5 act
        builder.Services.AddOptions<ActOptions>().BindConfiguration(ActOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ActOptions>, ActOptionsValidator>();
        builder.Services.AddSingleton<EvidenceLocker>();
        builder.Services.AddSingleton<ActionNotices>();
        builder.Services.AddTransient<DecisionApplier>();

        // 6 report
        builder.Services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        builder.Services.AddSingleton<DigestSender>();

        // email, shared by approve, act and report
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .PostConfigure(o => o.PickupDirectory ??= Path.Combine(dataDirectory, "mail")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        builder.Services.AddSingleton<OutboxSender>();

        var fetch = config.GetSection(FetchOptions.Section).Get<FetchOptions>() ?? new FetchOptions();
        var queue = config.GetSection(QueueOptions.Section).Get<QueueOptions>() ?? new QueueOptions();
        var approve = config.GetSection(ApproveOptions.Section).Get<ApproveOptions>() ?? new ApproveOptions();
        var act = config.GetSection(ActOptions.Section).Get<ActOptions>() ?? new ActOptions();
        var report = config.GetSection(ReportOptions.Section).Get<ReportOptions>() ?? new ReportOptions();
        var email = config.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        builder.Services.AddQuartz(q =>
        {
            foreach (var (name, source) in fetch.Sources.Where(s => s.Value.Enabled))
            {
                var key = new JobKey($"fetch-{name}");
                q.AddJob<FetchCommentsJob>(j => j.WithIdentity(key).UsingJobData("source", name));
                q.AddTrigger(t => t.ForJob(key).WithIdentity(key.Name).StartNow().WithSimpleSchedule(s => s.WithInterval(fetch.Interval).RepeatForever()));
            }
            Every<CheckTokensJob>(q, new JobKey("check-tokens"), TimeSpan.FromHours(24));
            Every<ScreenCommentsJob>(q, new JobKey("screen-comments"), queue.ScreenInterval);
            Every<RequestApprovalsJob>(q, new JobKey("request-approvals"), approve.RequestInterval);
            Every<RemindApproversJob>(q, new JobKey("remind-approvers"), TimeSpan.FromMinutes(5));
            Every<ApplyDecisionsJob>(q, ApplyDecisionsJob.Key, act.Interval);
            Every<SendOutboxJob>(q, new JobKey("send-outbox"), email.SendInterval);
            var digest = new JobKey("send-digest");
            q.AddJob<SendDigestJob>(j => j.WithIdentity(digest).StoreDurably());
            // An invalid cron or zone is reported by ReportOptionsValidator at start; only a valid one is scheduled.
            if (ReportOptionsValidator.IsValidCron(report.DigestCron) && TimeZoneInfo.TryFindSystemTimeZoneById(report.TimeZoneId, out var zone))
            {
                q.AddTrigger(t => t.ForJob(digest).WithIdentity("send-digest").WithCronSchedule(report.DigestCron, c => c.InTimeZone(zone)));
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        replace?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            // The approval pages carry signed tokens: never cache them, never leak them in a Referer, never frame them.
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            await next(context);
        });
        app.MapApprovalEndpoints();
        app.MapWebhookEndpoints();
        var lifetime = app.Lifetime;
        lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILogger<Program>>();
            logger.Started(fetch.Sources.Count, dataDirectory, approve.Urls);
            if (fetch.Sources.Count == 0)
            {
                logger.NoSources();
            }
        });
        // Settings are checked before anything touches the store or schedules a job; every failure is reported at once.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        // A policy file that does not load stops the start, naming the line that is wrong.
        app.Services.GetRequiredService<CommentClassifier>();
        // The schema is brought up to date before anything is scheduled: a store that cannot be opened stops the start.
        var migrated = app.Services.GetRequiredService<Database>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        app.Services.GetRequiredService<ILogger<Database>>().StoreReady(app.Services.GetRequiredService<Database>().Dialect.Name, migrated);
        return app;
    }

    /// <summary>The fetch stage's services. Also used by the one-shot <c>check</c> command and the Graph benchmark, so
    /// they run exactly what the service runs. Needs <see cref="Database"/>, <see cref="Outbox"/>, the clock and the options.</summary>
    internal static void AddFetchStage(IServiceCollection services)
    {
        services.AddSingleton<FetchStore>();
        services.AddSingleton<SourceHealth>();
        services.AddSingleton<GraphResiliencePipelines>();
        services.AddTransient<GraphResilienceHandler>();
        // The resilience handler owns timeouts (per request, per attempt), so HttpClient's own is off.
        services.AddHttpClient<GraphClient>(c => c.Timeout = Timeout.InfiniteTimeSpan).AddHttpMessageHandler<GraphResilienceHandler>();
        services.AddTransient<CommentFetcher>();
        services.AddTransient<TokenCheck>();
        services.AddTransient<WebhookProcessor>();
    }

    private static void Every<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval) where TJob : IJob
    {
        q.AddJob<TJob>(j => j.WithIdentity(key));
        q.AddTrigger(t => t.ForJob(key).WithIdentity(key.Name).StartNow().WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Woodbrook.Monitor.Classify;

namespace Woodbrook.Monitor.Tests.Classify;

public class AzureAssistedClassifierTests
{
    private static (AzureAssistedClassifier Classifier, AzureLanguageHealth Health, AzureLanguageClient Client) Create(Uri endpoint, TimeSpan timeout)
    {
        var options = new AzureLanguageOptions { Endpoint = endpoint, Key = "test-key", Timeout = timeout };
        var health = new AzureLanguageHealth();
        var client = new AzureLanguageClient(new HttpClient(), options, TimeProvider.System, health, NullLogger<AzureLanguageClient>.Instance);
        var classifier = new AzureAssistedClassifier(Some.Classifier, client, options, TimeProvider.System, health, NullLogger<AzureAssistedClassifier>.Instance);
        return (classifier, health, client);
    }

    [Fact]
    public async Task ClassifyAsync_AzureFindsPiiAndOpinion_AddsLabels()
    {
        await using var emulator = new AzureLanguageEmulator();
        await emulator.StartAsync(TestContext.Token);
        var (classifier, health, _) = Create(emulator.Endpoint, TimeSpan.FromSeconds(10));
        var result = await classifier.ClassifyAsync(new CommentToClassify("the ref on the letter was 943 476 5919 and the service was meh"), TestContext.Token);
        Assert.Contains(CommentLabel.OtherPatientData, result.Labels);
        Assert.Contains(CommentLabel.Complaint, result.Labels);
        Assert.Contains(result.Evidence, e => e.Rule.StartsWith(CodeRules.AzurePii, StringComparison.Ordinal));
        Assert.Equal(0, health.Failures);
    }

    [Fact]
    public async Task AnalyzeAsync_ManyDocuments_BatchesOfFive()
    {
        await using var emulator = new AzureLanguageEmulator();
        await emulator.StartAsync(TestContext.Token);
        var (_, _, client) = Create(emulator.Endpoint, TimeSpan.FromSeconds(10));
        var results = await client.AnalyzeAsync(Enumerable.Range(0, 12).Select(i => $"comment {i} " + new string('x', 6000)).ToList(), TestContext.Token);
        Assert.Equal(12, results.Count);
        Assert.Equal(AzureLanguageClient.MaxDocumentsPerRequest, emulator.MaxBatch);
        Assert.Equal(6, emulator.Requests);
    }

    [Fact]
    public async Task ClassifyAsync_Throttled_RetriesAfterRetryAfter()
    {
        await using var emulator = new AzureLanguageEmulator(throttleFirst: 1);
        await emulator.StartAsync(TestContext.Token);
        var (classifier, health, _) = Create(emulator.Endpoint, TimeSpan.FromSeconds(20));
        var result = await classifier.ClassifyAsync(new CommentToClassify("the service here"), TestContext.Token);
        Assert.Equal(1, health.Throttled);
        Assert.Equal(0, health.Failures);
        Assert.Contains(CommentLabel.Complaint, result.Labels);
    }

    [Fact]
    public async Task ClassifyAsync_Outage_LocalVerdictStandsAndCounted()
    {
        await using var emulator = new AzureLanguageEmulator(fail: true);
        await emulator.StartAsync(TestContext.Token);
        var (classifier, health, _) = Create(emulator.Endpoint, TimeSpan.FromSeconds(10));
        var result = await classifier.ClassifyAsync(new CommentToClassify("Dr Patel is a f*cking disgrace"), TestContext.Token);
        Assert.Contains(CommentLabel.Abuse, result.Labels);
        Assert.Equal(1, health.Failures);
    }

    [Fact]
    public async Task ClassifyAsync_Timeout_LocalVerdictStandsAndCounted()
    {
        await using var emulator = new AzureLanguageEmulator(hang: TimeSpan.FromSeconds(30));
        await emulator.StartAsync(TestContext.Token);
        var (classifier, health, _) = Create(emulator.Endpoint, TimeSpan.FromSeconds(1));
        var result = await classifier.ClassifyAsync(new CommentToClassify("Cheap Viagra, no prescription, DM me"), TestContext.Token);
        Assert.Contains(CommentLabel.Spam, result.Labels);
        Assert.Equal(1, health.Timeouts);
    }
}

internal static class TestContext
{
    public static CancellationToken Token => CancellationToken.None;
}

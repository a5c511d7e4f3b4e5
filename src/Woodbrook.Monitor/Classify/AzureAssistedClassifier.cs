namespace Woodbrook.Monitor.Classify;

/// <summary>Local rules first, then Azure AI Language adds what it finds: an NHS number, email, phone number or address
/// of someone (PII) adds other_patient_data, and a negative opinion about the practice's service adds complaint. Azure
/// only ever adds labels, and a policy file can turn either off (<c>action azure.pii ignore</c>). When it fails or times out the local verdict stands (so a comment the rules flag is still
/// queued), the failure is logged and counted in <see cref="AzureLanguageHealth"/>.</summary>
public sealed class AzureAssistedClassifier(CommentClassifier local, ITextAnalysisClient azure, AzureLanguageOptions options,
    TimeProvider time, AzureLanguageHealth health, ILogger<AzureAssistedClassifier> logger) : ICommentClassifier
{
    private static readonly HashSet<string> IdentifyingCategories = new(StringComparer.OrdinalIgnoreCase)
    {
        "UKNationalHealthNumber", "Email", "PhoneNumber", "Address", "UKNationalInsuranceNumber", "DateOfBirth",
    };

    private static readonly string[] ServiceWords =
    [
        "appointment", "service", "reception", "receptionist", "staff", "phone", "phones", "call", "doctor", "gp", "nurse",
        "surgery", "practice", "prescription", "system", "wait", "waiting", "queue", "app", "booking", "care",
    ];

    public string Name => local.Name + "+azure";

    public async Task<Classification> ClassifyAsync(CommentToClassify comment, CancellationToken cancellationToken)
    {
        var verdict = local.Classify(comment);
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        IReadOnlyList<TextAnalysis> analysis;
        try
        {
            analysis = await azure.AnalyzeAsync([comment.Text], linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            health.RecordTimeout();
            ClassifyLog.AzureTimedOut(logger, options.Timeout, 1);
            return verdict;
        }
#pragma warning disable CA1031 // any failure of the optional cloud call leaves the local verdict standing
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            health.RecordFailure();
            ClassifyLog.AzureFailed(logger, ex.GetType().Name, 1, ex);
            return verdict;
        }
        if (analysis.Count == 0)
        {
            return verdict;
        }
        var extra = new List<Evidence>();
        foreach (var e in analysis[0].Entities)
        {
            if (IdentifyingCategories.Contains(e.Category) && e.Confidence >= 0.8 && InRange(comment.Text, e.Offset, e.Length)
                && local.Allows(CodeRules.AzurePii, CommentLabel.OtherPatientData))
            {
                extra.Add(new Evidence(CommentLabel.OtherPatientData, CodeRules.AzurePii + "." + e.Category, comment.Text.Substring(e.Offset, e.Length), e.Offset, e.Length));
            }
        }
        foreach (var t in analysis[0].NegativeTargets)
        {
            if (ServiceWords.Any(w => t.Text.Contains(w, StringComparison.OrdinalIgnoreCase)) && InRange(comment.Text, t.Offset, t.Length)
                && local.Allows(CodeRules.AzureNegativeOpinion, CommentLabel.Complaint))
            {
                extra.Add(new Evidence(CommentLabel.Complaint, CodeRules.AzureNegativeOpinion, comment.Text.Substring(t.Offset, t.Length), t.Offset, t.Length));
            }
        }
        return extra.Count == 0 ? verdict : Classification.FromEvidence(verdict.Evidence.Concat(extra)) with { Overruled = verdict.Overruled };
    }

    private static bool InRange(string text, int offset, int length) => offset >= 0 && length > 0 && offset + length <= text.Length;
}

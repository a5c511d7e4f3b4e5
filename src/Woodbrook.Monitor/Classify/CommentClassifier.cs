using System.Text.RegularExpressions;

namespace Woodbrook.Monitor.Classify;

/// <summary>The local, rule-based classifier. This first version is deliberately thin: a few patterns per label,
/// so the pipeline runs end to end; the code-of-conduct classifier issue makes it good.</summary>
public sealed partial class CommentClassifier : ICommentClassifier
{
    private readonly IReadOnlyList<(CommentLabel Label, string Rule, Regex Pattern)> _rules;

    public CommentClassifier(PracticeOptions practice)
    {
        var rules = new List<(CommentLabel, string, Regex)>
        {
            (CommentLabel.Abuse, "abuse.profanity", Profanity()),
            (CommentLabel.Complaint, "complaint.grievance", Grievance()),
            (CommentLabel.Spam, "spam.selling", Selling()),
            (CommentLabel.Misinformation, "misinformation.vaccine", VaccineMyth()),
            (CommentLabel.Defamation, "defamation.allegation", Allegation()),
            (CommentLabel.OtherPatientData, "other_patient_data.third_party_health", ThirdPartyHealth()),
        };
        var names = practice.Staff.SelectMany(s => s.Aliases.Append(s.Name)).Where(n => n.Length >= 3).Select(Regex.Escape).ToList();
        if (names.Count > 0)
        {
            rules.Add((CommentLabel.StaffIdentification, "staff_identification.name",
                new Regex(@"\b(?:" + string.Join('|', names) + @")\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)));
        }
        _rules = rules;
    }

    public string Name => "rules/0";

    public Task<Classification> ClassifyAsync(CommentToClassify comment, CancellationToken cancellationToken) =>
        Task.FromResult(Classify(comment));

    public Classification Classify(CommentToClassify comment)
    {
        var evidence = new List<Evidence>();
        foreach (var (label, rule, pattern) in _rules)
        {
            var match = pattern.Match(comment.Text);
            if (match.Success)
            {
                evidence.Add(new Evidence(label, rule, match.Value, match.Index, match.Length));
            }
        }
        return Classification.FromEvidence(evidence);
    }

    [GeneratedRegex(@"\b(?:f\W?u?\W?c\W?k\w*|f\*+k?\w*|shit\w*|sh1t|bastards?|twats?|wankers?|bitch\w*)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Profanity();

    [GeneratedRegex(@"\b(?:waited|waiting|still no|can'?t get (?:an? )?(?:appointment|through)|rude|useless|disgrace\w*|worst|appalling|no one (?:answers|called))\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Grievance();

    [GeneratedRegex(@"(?:\bno prescription\b|\bcheap\b.{0,40}\b(?:pills|jabs|meds|viagra)\b|\bcrypto\b|\bclick (?:here|the link)\b|\bwon a\b|\bbit\.ly/)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Selling();

    [GeneratedRegex(@"\b(?:vaccines? (?:cause|causes) autism|microchips?|antibiotics (?:cure|fix) (?:colds?|flu))\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VaccineMyth();

    [GeneratedRegex(@"\b(?:is a drunk|was drunk|stole|stealing|fraud|negligen\w+|killed|struck off)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Allegation();

    [GeneratedRegex(@"\b(?:my neighbour|her husband|his wife|the (?:lady|man|woman) (?:with|in))\b.{0,80}\b(?:methadone|miscarriage|cancer|hiv|pregnan\w+|rehab|waiting room|depress\w+)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ThirdPartyHealth();
}

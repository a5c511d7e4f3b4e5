using System.Diagnostics.CodeAnalysis;

namespace Woodbrook.Monitor.Classify;

/// <summary>Wire names of <see cref="CommentLabel"/>, for SQL columns, the classify contract and policy files.</summary>
public static class CommentLabels
{
    public static IReadOnlyList<CommentLabel> All { get; } = Enum.GetValues<CommentLabel>();

    public static string ToWire(this CommentLabel label) => label switch
    {
        CommentLabel.Abuse => "abuse",
        CommentLabel.Complaint => "complaint",
        CommentLabel.Defamation => "defamation",
        CommentLabel.Misinformation => "misinformation",
        CommentLabel.OtherPatientData => "other_patient_data",
        CommentLabel.Spam => "spam",
        CommentLabel.StaffIdentification => "staff_identification",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    public static bool TryParse(string? wire, [NotNullWhen(true)] out CommentLabel? label)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                label = candidate;
                return true;
            }
        }
        label = null;
        return false;
    }

    /// <summary>Human wording for emails, the approval page and the digest.</summary>
    public static string Describe(this CommentLabel label) => label switch
    {
        CommentLabel.Abuse => "Abuse",
        CommentLabel.Complaint => "Complaint",
        CommentLabel.Defamation => "Possible defamation",
        CommentLabel.Misinformation => "Health misinformation",
        CommentLabel.OtherPatientData => "Another patient's information",
        CommentLabel.Spam => "Spam or scam",
        CommentLabel.StaffIdentification => "Identifies a member of staff",
        _ => label.ToString(),
    };
}

using System.Text.Json.Serialization;

namespace Woodbrook.Monitor.Classify;

/// <summary>The Annex A code-of-conduct labels (shared/eval/LABELS.md). Declared in the alphabetical order of their
/// JSON names, so sorting by value sorts the wire names too.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CommentLabel>))]
public enum CommentLabel
{
    [JsonStringEnumMemberName("abuse")] Abuse,
    [JsonStringEnumMemberName("complaint")] Complaint,
    [JsonStringEnumMemberName("defamation")] Defamation,
    [JsonStringEnumMemberName("misinformation")] Misinformation,
    [JsonStringEnumMemberName("other_patient_data")] OtherPatientData,
    [JsonStringEnumMemberName("spam")] Spam,
    [JsonStringEnumMemberName("staff_identification")] StaffIdentification,
}

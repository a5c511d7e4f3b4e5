using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Classify;

/// <summary>The practice and its staff list, shaped like shared/eval/practice.json (bound from the "Practice"
/// section, or read from such a file by <c>classify --practice</c>).</summary>
public sealed class PracticeOptions
{
    public const string Section = "Practice";

    [Required]
    public string Practice { get; set; } = "Woodbrook Medical Centre";

    public string? Website { get; set; }

    [Required]
    public string ComplaintsProcedure { get; set; } = "";

    public List<StaffMember> Staff { get; set; } = [];
}

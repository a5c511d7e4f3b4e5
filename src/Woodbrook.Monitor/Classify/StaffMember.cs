using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Classify;

/// <summary>One person on the practice's staff list.</summary>
public sealed class StaffMember
{
    [Required]
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public List<string> Aliases { get; set; } = [];
}

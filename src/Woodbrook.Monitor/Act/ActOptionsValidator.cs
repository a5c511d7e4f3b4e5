using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Act;

/// <summary>The complaints reply may name the complaints procedure, nothing of the comment: a placeholder that would
/// pull in the comment's text or its writer is refused.</summary>
internal sealed partial class ActOptionsValidator : IValidateOptions<ActOptions>
{
    public ValidateOptionsResult Validate(string? name, ActOptions options)
    {
        var failures = new List<string>();
        foreach (Match placeholder in Placeholder().Matches(options.ComplaintsReply ?? ""))
        {
            if (placeholder.Groups[1].Value != "complaints_procedure")
            {
                failures.Add($"Act:ComplaintsReply may only use the placeholder {{complaints_procedure}}; '{placeholder.Value}' would put comment or patient details into the reply.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True when the reply repeats the comment or a run of at least eight of its words (or the whole of a
    /// short comment): the reply must not quote the complaint back in a message.</summary>
    public static bool QuotesComment(string reply, string comment)
    {
        static string[] Words(string s) => WordPattern().Matches(s.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var commentWords = Words(comment);
        if (commentWords.Length == 0)
        {
            return false;
        }
        var replyText = " " + string.Join(' ', Words(reply)) + " ";
        var run = Math.Min(8, commentWords.Length);
        if (commentWords.Length < 3)
        {
            return false;
        }
        for (var i = 0; i + run <= commentWords.Length; i++)
        {
            if (replyText.Contains(" " + string.Join(' ', commentWords.Skip(i).Take(run)) + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WordPattern();
}

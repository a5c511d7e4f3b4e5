using Microsoft.Extensions.Options;
using Quartz;

namespace Woodbrook.Monitor.Report;

/// <summary>Checks what data annotations cannot: the cron expression parses and the time zone exists.</summary>
internal sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        var failures = new List<string>();
        if (!IsValidCron(options.DigestCron))
        {
            failures.Add($"Report:DigestCron '{options.DigestCron}' is not a valid Quartz cron expression (e.g. \"0 0 8 * * ?\" for 08:00 daily).");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZoneId, out _))
        {
            failures.Add($"Report:TimeZoneId '{options.TimeZoneId}' is not a time zone this machine knows (e.g. \"Europe/London\").");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsValidCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Cross-field checks of the fetch settings, every failure reported at once, naming the key to fix.</summary>
internal sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var failures = new List<string>();
        foreach (var (source, o) in options.Sources.Where(s => s.Value.Enabled))
        {
            if (string.IsNullOrWhiteSpace(o.AccountId))
            {
                failures.Add($"Fetch:Sources:{source}:AccountId is empty: give the Facebook Page id or the Instagram account id.");
            }
            if (string.IsNullOrWhiteSpace(o.AccessToken))
            {
                failures.Add($"Fetch:Sources:{source}:AccessToken is missing: set the environment variable WOODBROOK__Fetch__Sources__{source}__AccessToken (or put it in the secrets file), never in appsettings.json.");
            }
        }
        if (options.Webhooks.Enabled)
        {
            if (string.IsNullOrWhiteSpace(options.Webhooks.VerifyToken))
            {
                failures.Add("Fetch:Webhooks:Enabled is true but Fetch:Webhooks:VerifyToken is empty (a secret: environment or secrets file).");
            }
            if (string.IsNullOrWhiteSpace(options.AppSecret))
            {
                failures.Add("Fetch:Webhooks:Enabled is true but Fetch:AppSecret is empty: webhook signatures cannot be checked without it.");
            }
        }
        if (!options.GraphBaseUrl.IsAbsoluteUri || !options.GraphBaseUrl.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"Fetch:GraphBaseUrl must be an absolute address ending in '/' (e.g. https://graph.facebook.com/).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

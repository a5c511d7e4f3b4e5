using System.ComponentModel.DataAnnotations;

namespace Woodbrook.Monitor.Fetch;

/// <summary>One watched account. The access token is a secret: it comes from the environment
/// (<c>WOODBROOK__Fetch__Sources__{name}__AccessToken</c>) or the secrets file, never from appsettings.json.</summary>
public sealed class SourceOptions
{
    public Platform Platform { get; set; }

    /// <summary>The Facebook Page id, or the Instagram professional account id.</summary>
    [Required]
    public string AccountId { get; set; } = "";

    public string? AccessToken { get; set; }

    public bool Enabled { get; set; } = true;
}

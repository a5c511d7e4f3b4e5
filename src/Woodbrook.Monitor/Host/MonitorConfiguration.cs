namespace Woodbrook.Monitor.Host;

/// <summary>Where settings come from, in order: the practice's appsettings.json, an optional secrets file, environment
/// variables (<c>WOODBROOK__Section__Key</c>), then whatever a command adds (the demo's embedded defaults).</summary>
public static class MonitorConfiguration
{
    public const string EnvironmentPrefix = "WOODBROOK__";

    public static void Apply(IConfigurationBuilder builder, IReadOnlyDictionary<string, string?>? overrides)
    {
        builder.Sources.Clear();
        builder.SetBasePath(AppContext.BaseDirectory);
        builder.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        var early = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix).AddInMemoryCollection(overrides ?? new Dictionary<string, string?>()).Build();
        var secrets = early["Host:SecretsFile"];
        if (!string.IsNullOrWhiteSpace(secrets))
        {
            // Named explicitly: it must exist, so a typo is an error rather than a silently missing token.
            builder.AddJsonFile(Path.GetFullPath(secrets), optional: false, reloadOnChange: false);
        }
        else
        {
            builder.AddJsonFile(Path.GetFullPath(Path.Combine(DataDirectory(early), "secrets.json")), optional: true, reloadOnChange: false);
        }
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }
    }

    public static IConfiguration Build(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        Apply(builder, overrides);
        return builder.Build();
    }

    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configuration["Host:DataDirectory"]) ? "data" : configuration["Host:DataDirectory"]!);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Woodbrook.Monitor.Fetch;

/// <summary>Meta's webhook callback: the GET verification handshake and signed POST deliveries. Off unless
/// <c>Fetch:Webhooks:Enabled</c>; a delivery without a valid <c>X-Hub-Signature-256</c> is refused and logged.</summary>
public static class WebhookEndpoints
{
    private const int MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var path = app.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value.Webhooks.Path;
        app.MapGet(path, Verify);
        app.MapPost(path, ReceiveAsync);
        return app;
    }

    private static IResult Verify(HttpContext context, IOptions<FetchOptions> options, ILogger<WebhookProcessor> logger)
    {
        var webhooks = options.Value.Webhooks;
        if (!webhooks.Enabled || string.IsNullOrEmpty(webhooks.VerifyToken))
        {
            return Results.NotFound();
        }
        var mode = context.Request.Query["hub.mode"].ToString();
        var token = context.Request.Query["hub.verify_token"].ToString();
        var challenge = context.Request.Query["hub.challenge"].ToString();
        if (mode != "subscribe" || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(webhooks.VerifyToken)))
        {
            logger.WebhookRefused("verification handshake with a wrong mode or verify token");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        logger.WebhookVerified();
        return Results.Text(challenge, "text/plain");
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<FetchOptions> options, WebhookProcessor processor, ILogger<WebhookProcessor> logger)
    {
        var fetch = options.Value;
        if (!fetch.Webhooks.Enabled)
        {
            return Results.NotFound();
        }
        if (string.IsNullOrEmpty(fetch.AppSecret))
        {
            logger.WebhookRefused("Fetch:AppSecret is not configured, so no signature can be checked");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        // The signature covers the raw bytes as sent (Meta escapes non-ASCII); never re-serialise before checking.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            logger.WebhookRefused("body too large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var body = buffer.ToArray();
        if (!SignatureMatches(context.Request.Headers["X-Hub-Signature-256"].ToString(), body, fetch.AppSecret))
        {
            logger.WebhookRefused("missing or invalid X-Hub-Signature-256");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        try
        {
            await processor.ProcessAsync(Encoding.UTF8.GetString(body), context.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            logger.WebhookRefused("signed body is not a webhook delivery");
            return Results.BadRequest();
        }
        return Results.Ok();
    }

    internal static bool SignatureMatches(string header, byte[] body, string appSecret)
    {
        const string prefix = "sha256=";
        if (!header.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}

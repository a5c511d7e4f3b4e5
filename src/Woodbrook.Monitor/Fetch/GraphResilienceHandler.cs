namespace Woodbrook.Monitor.Fetch;

/// <summary>Runs each Graph request through its source's Polly pipeline. Polly.Extensions (AddResilienceHandler) is not
/// served by the registry here, so the pipeline is wired into HttpClient by this handler.</summary>
internal sealed class GraphResilienceHandler(GraphResiliencePipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var source = request.Options.TryGetValue(GraphRequest.Source, out var name) ? name : "(none)";
        // Form and string contents are buffered, so the same request message can be sent again on a retry.
        var idempotent = !request.Options.TryGetValue(GraphRequest.Idempotent, out var flag) || flag;
        return await pipelines.For(source, idempotent).ExecuteAsync(
            static async (state, ct) => await state.Handler.SendInnerAsync(state.Request, ct),
            (Handler: this, Request: request),
            cancellationToken);
    }

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}

using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// <c>services.Add{Client}(...)</c>: the client as a typed IHttpClientFactory client, its options (also from
/// IConfiguration) and, when the project has Microsoft.Extensions.Http.Resilience, the standard resilience handler
/// that never retries POST or PATCH. Emitted only for projects that reference Microsoft.Extensions.Http.
/// </summary>
internal static class DependencyInjectionEmitter
{
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    private const string ResilienceOptions = "global::Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions";

    public static string Emit(ClientIdentity identity, HostFeatures features)
    {
        var client = identity.ClientName;
        var ns = identity.Namespace;
        var options = $"global::{ns}.{client}Options";
        var writer = Preamble.Start(ns);
        writer.Line($"/// <summary>Registers <see cref=\"{client}\"/> with dependency injection.</summary>");
        writer.Line(Preamble.GeneratedCode);
        writer.Open($"{identity.Access} static class {client}ServiceCollectionExtensions");

        var resilienceParameter = features.Resilience ? $", global::System.Action<{ResilienceOptions}>? configureResilience = null" : string.Empty;
        var resilienceArgument = features.Resilience ? ", configureResilience" : string.Empty;
        writer.Line($"/// <summary>Registers <see cref=\"{client}\"/> as a typed client of IHttpClientFactory, with its options.</summary>");
        if (features.Resilience)
        {
            writer.Line("/// <remarks>");
            writer.Line("/// Adds the standard resilience handler: GET, HEAD, OPTIONS, PUT and DELETE are retried on 408, 429, 5xx and");
            writer.Line("/// connection failures, honouring <c>Retry-After</c>. POST and PATCH are never retried: a repeated request could act twice.");
            writer.Line("/// </remarks>");
        }

        writer.Line("/// <param name=\"services\">The service collection.</param>");
        writer.Line("/// <param name=\"configure\">Sets the options: base address, API key.</param>");
        if (features.Resilience)
        {
            writer.Line("/// <param name=\"configureResilience\">Changes the resilience policy after those defaults are set.</param>");
        }

        writer.Line("/// <returns>The client's builder, to configure its HttpClient or add handlers.</returns>");
        writer.Open($"public static {Builder} Add{client}(this {Services} services, global::System.Action<{options}> configure{resilienceParameter})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(services);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(configure);");
        writer.Line($"global::Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.AddOptions<{options}>(services)");
        writer.Line("    .Configure(configure)");
        writer.Line("    .PostConfigure<global::System.IServiceProvider>(static (options, provider) => options.LoggerFactory ??= provider.GetService(typeof(global::Microsoft.Extensions.Logging.ILoggerFactory)) as global::Microsoft.Extensions.Logging.ILoggerFactory);");
        // Named after the client's full type name, so two SDKs with one client name never share an HttpClient.
        writer.Line($"var builder = global::Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, {DocComments.Literal(ns + "." + client)});");
        writer.Line($"global::Microsoft.Extensions.DependencyInjection.HttpClientBuilderExtensions.AddTypedClient<global::{ns}.{client}>(");
        writer.Line("    builder,");
        writer.Line($"    static (httpClient, provider) => new global::{ns}.{client}(");
        writer.Line("        httpClient,");
        writer.Line($"        global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{options}>>(provider).Value));");
        if (features.Resilience)
        {
            writer.Open("global::Microsoft.Extensions.DependencyInjection.ResilienceHttpClientBuilderExtensions.AddStandardResilienceHandler(builder, resilience =>");
            writer.Line("// DisableFor is the documented way to exempt methods from retries, though marked experimental.");
            writer.Line("#pragma warning disable EXTEXP0001");
            writer.Line("global::Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptionsExtensions.DisableFor(resilience.Retry, global::System.Net.Http.HttpMethod.Post, global::System.Net.Http.HttpMethod.Patch);");
            writer.Line("#pragma warning restore EXTEXP0001");
            writer.Line("configureResilience?.Invoke(resilience);");
            writer.Close(");");
        }

        writer.Line("return builder;");
        writer.Close();

        if (features.Configuration)
        {
            writer.Line();
            writer.Line($"/// <summary>Registers <see cref=\"{client}\"/> with options read from configuration (keys <c>BaseAddress</c>, <c>ApiKey</c>, <c>Username</c>, <c>Password</c>).</summary>");
            writer.Line("/// <param name=\"services\">The service collection.</param>");
            writer.Line($"/// <param name=\"configuration\">The section holding the options, e.g. <c>configuration.GetSection(\"{client}\")</c>.</param>");
            if (features.Resilience)
            {
                writer.Line("/// <param name=\"configureResilience\">Changes the resilience policy after the defaults are set.</param>");
            }

            writer.Line("/// <returns>The client's builder, to configure its HttpClient or add handlers.</returns>");
            writer.Open($"public static {Builder} Add{client}(this {Services} services, global::Microsoft.Extensions.Configuration.IConfiguration configuration{resilienceParameter})");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(configuration);");
            writer.Line($"return Add{client}(services, options => options.Bind(key => configuration[key]){resilienceArgument});");
            writer.Close();
        }

        writer.Close();
        return writer.Finish();
    }
}

using System.Net.Http.Headers;
using System.Reflection;

namespace Sdkgen.Runtime;

/// <summary>The <c>User-Agent</c> products a generated client sends: <c>Sdkgen/0.1.0 (ElevenLabsClient)</c>.</summary>
internal static class SdkgenUserAgent
{
    /// <summary>The runtime's version: the one version Sdkgen and Sdkgen.Runtime share.</summary>
    public static readonly string Version =
        typeof(SdkgenUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static ProductInfoHeaderValue[] For(string clientName) =>
        [new ProductInfoHeaderValue("Sdkgen", Version), new ProductInfoHeaderValue("(" + clientName + ")")];
}

using System;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Sdkgen.Runtime;

/// <summary>Options shared by every generated client.</summary>
public class ApiClientOptions
{
    /// <summary>
    /// The base address requests are sent to. When null, <see cref="System.Net.Http.HttpClient.BaseAddress"/> is used.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key sent with each request, or null to send none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Where each call is logged (method, path template, status, duration; at Debug level), or null for no logging.
    /// Keys and filled paths are never logged. The dependency-injection registration sets it from the container.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Sets the options found in configuration-style values: <c>BaseAddress</c> (an absolute URI) and <c>ApiKey</c>.
    /// Missing or empty values leave the current ones. Reflection-free, so it is safe under trimming and AOT.
    /// </summary>
    /// <param name="values">Looks a key up, e.g. <c>key =&gt; configuration[key]</c>.</param>
    /// <exception cref="FormatException"><c>BaseAddress</c> is not an absolute URI.</exception>
    public void Bind(Func<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values(nameof(BaseAddress)) is { Length: > 0 } baseAddress)
        {
            BaseAddress = Uri.TryCreate(baseAddress, UriKind.Absolute, out Uri? uri)
                ? uri
                : throw new FormatException($"BaseAddress '{baseAddress}' is not an absolute URI.");
        }

        if (values(nameof(ApiKey)) is { Length: > 0 } apiKey)
        {
            ApiKey = apiKey;
        }
    }

    /// <summary>Describes the options without revealing the API key.</summary>
    /// <returns>A diagnostic string in which the key is masked.</returns>
    public override string ToString()
    {
        // Options objects end up in logs; the key must never be printed.
        string baseAddress = BaseAddress?.ToString() ?? "(none)";
        string apiKey = ApiKey is null ? "(none)" : "***";
        return string.Format(CultureInfo.InvariantCulture, "{0} {{ BaseAddress = {1}, ApiKey = {2} }}", GetType().Name, baseAddress, apiKey);
    }
}

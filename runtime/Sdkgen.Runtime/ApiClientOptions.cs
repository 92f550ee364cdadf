using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Sdkgen.Runtime;

/// <summary>Options shared by every generated client.</summary>
public class ApiClientOptions
{
    /// <summary>
    /// The base address requests are sent to. When null, <see cref="System.Net.Http.HttpClient.BaseAddress"/> is used,
    /// and when that is null too, the spec's first server.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// The API key (or a static bearer token) sent where the spec's security says (header, query, cookie or
    /// <c>Authorization: Bearer</c>), or null to send none.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The user name for HTTP basic authentication, or null to send none.</summary>
    public string? Username { get; set; }

    /// <summary>The password for HTTP basic authentication (null sends an empty one).</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Gets a bearer token for each request (OAuth2, OpenID Connect or bearer schemes): cache and refresh tokens in it.
    /// Wins over <see cref="ApiKey"/> for those schemes. Its tokens are masked in exception messages too.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>
    /// Where each call is logged (method, path template, status, duration; at Debug level), or null for no logging.
    /// Keys and filled paths are never logged. The dependency-injection registration sets it from the container.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Sets the options found in configuration-style values: <c>BaseAddress</c> (an absolute URI), <c>ApiKey</c>,
    /// <c>Username</c> and <c>Password</c>.
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

        ApiKey = values(nameof(ApiKey)) is { Length: > 0 } apiKey ? apiKey : ApiKey;
        Username = values(nameof(Username)) is { Length: > 0 } username ? username : Username;
        Password = values(nameof(Password)) is { Length: > 0 } password ? password : Password;
    }

    /// <summary>Describes the options without revealing any credential.</summary>
    /// <returns>A diagnostic string in which the key and the password are masked.</returns>
    public override string ToString()
    {
        // Options objects end up in logs; no credential may be printed (a user name is not a secret).
        string baseAddress = BaseAddress?.ToString() ?? "(none)";
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} {{ BaseAddress = {1}, ApiKey = {2}, Username = {3}, Password = {4}, AccessTokenProvider = {5} }}",
            GetType().Name,
            baseAddress,
            Mask(ApiKey),
            Username ?? "(none)",
            Mask(Password),
            AccessTokenProvider is null ? "(none)" : "(set)");
    }

    private static string Mask(string? secret) => secret is null ? "(none)" : "***";
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>Attaches the credentials an operation takes, and keeps every credential out of exception messages.</summary>
public sealed partial class ApiConnection
{
    /// <summary>
    /// Per request, never on DefaultRequestHeaders (the HttpClient may be shared): the first alternative of the call's
    /// security whose every credential is set on the options; none when no alternative is complete.
    /// </summary>
    private async ValueTask AttachCredentialsAsync(HttpRequestMessage request, ApiCall call, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApiKeyAuth>? chosen = (call.Security ?? _security).Alternatives.FirstOrDefault(alternative => alternative.All(HasCredential));
        foreach (ApiKeyAuth auth in chosen ?? [])
        {
            switch (auth.Style)
            {
                case ApiKeyStyle.Header:
                    request.Headers.TryAddWithoutValidation(auth.Name, _options.ApiKey);
                    break;
                case ApiKeyStyle.Query:
                    string separator = string.IsNullOrEmpty(request.RequestUri!.Query) ? "?" : "&";
                    request.RequestUri = new Uri(request.RequestUri + separator + Uri.EscapeDataString(auth.Name) + "=" + Uri.EscapeDataString(_options.ApiKey!), UriKind.Absolute);
                    break;
                case ApiKeyStyle.Cookie:
                    string cookie = auth.Name + "=" + CookieText.Escape(_options.ApiKey!);
                    string? cookies = request.Headers.TryGetValues("Cookie", out IEnumerable<string>? existing) ? string.Join("; ", existing) : null;
                    request.Headers.Remove("Cookie");
                    request.Headers.TryAddWithoutValidation("Cookie", cookies is null ? cookie : cookies + "; " + cookie);
                    break;
                case ApiKeyStyle.Basic:
                    string pair = Convert.ToBase64String(Encoding.UTF8.GetBytes(_options.Username + ":" + _options.Password));
                    call.AddSecret(pair);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
                    break;
                case ApiKeyStyle.Bearer:
                    string token = _options.AccessTokenProvider is { } provider
                        ? await provider(cancellationToken).ConfigureAwait(false)
                        : _options.ApiKey!;
                    call.AddSecret(token);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown credential style {auth.Style}.");
            }
        }
    }

    private bool HasCredential(ApiKeyAuth auth) => auth.Style switch
    {
        ApiKeyStyle.Basic => _options.Username is not null,
        ApiKeyStyle.Bearer => _options.AccessTokenProvider is not null || _options.ApiKey is not null,
        _ => _options.ApiKey is not null,
    };

    /// <summary>
    /// Defence in depth: a server that echoes a request must not leak a credential into a logged message. Masks the
    /// options' key and password, and the call's own secrets (keys passed as arguments, the tokens and basic pair sent).
    /// </summary>
    private string Redact(ApiCall call, string message)
    {
        foreach (string? secret in call.Secrets.Append(_options.ApiKey).Append(_options.Password))
        {
            if (!string.IsNullOrEmpty(secret))
            {
                message = message.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return message;
    }
}

using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Sdkgen.Runtime;

/// <summary>The send methods that return the response's status and headers along with its content.</summary>
public sealed partial class ApiConnection
{
    /// <summary>Sends a call and parses its JSON response, keeping the response's status and headers.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="readResponse">The generated reader for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status, headers and parsed content.</returns>
    /// <exception cref="ApiException">The call failed or the response could not be parsed.</exception>
    public async Task<ApiResponse<T>> SendWithResponseAsync<T>(ApiCall call, JsonReadFunc<T> readResponse, CancellationToken cancellationToken)
    {
        System.ArgumentNullException.ThrowIfNull(readResponse);
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        T value = ParseSuccess(call, response, body, readResponse);
        return new ApiResponse<T>(response.StatusCode, ResponseHeaders.Of(response), value);
    }

    /// <summary>Sends a call whose successful response carries no content of interest, keeping its status and headers.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status and headers.</returns>
    /// <exception cref="ApiException">The call failed.</exception>
    public async Task<ApiResponse> SendWithResponseAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return new ApiResponse(response.StatusCode, ResponseHeaders.Of(response));
    }

    /// <summary>
    /// Sends a call and returns the response body as a stream, without buffering it, with the status and headers.
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status, headers and body stream; disposing the stream releases the response.</returns>
    /// <exception cref="ApiException">The call failed.</exception>
    public async Task<ApiResponse<Stream>> SendForStreamWithResponseAsync(ApiCall call, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ApiResponse<Stream>(response.StatusCode, ResponseHeaders.Of(response), body);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Sends a call and returns the response body as text, with the status and headers.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The status, headers and body text, decoded using the response charset.</returns>
    /// <exception cref="ApiException">The call failed.</exception>
    public async Task<ApiResponse<string>> SendForStringWithResponseAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendCheckedAsync(call, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponse<string>(response.StatusCode, ResponseHeaders.Of(response), text);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace BatchCalling.Emulator.Http;

/// <summary>Rejects any request whose <c>xi-api-key</c> is not the configured key (the key itself is never echoed or logged).</summary>
internal sealed class ApiKeyCheck(string apiKey)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(apiKey);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        string? given = context.Request.Headers["xi-api-key"];
        if (string.IsNullOrEmpty(given))
        {
            await JsonResponses.WriteStatusDetailAsync(context, StatusCodes.Status401Unauthorized,
                "invalid_api_key", "Missing the xi-api-key header.").ConfigureAwait(false);
            return;
        }

        // Constant-time, so response timing does not leak how much of a guess was right.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _expected))
        {
            await JsonResponses.WriteStatusDetailAsync(context, StatusCodes.Status401Unauthorized,
                "invalid_api_key", "Invalid API key.").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}

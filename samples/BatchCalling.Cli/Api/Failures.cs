using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using Polly.Timeout;
using Sdkgen.Runtime;

namespace BatchCalling.Cli.Api;

/// <summary>Sorts failures: which are worth waiting out, and how to say what happened in a few words.</summary>
internal static class Failures
{
    /// <summary>
    /// An overload or an outage: 408, 429, 5xx, a dropped connection or a timeout. For a submit these are also the
    /// failures after which the batch may or may not exist (except 429, which the API documents as refused).
    /// </summary>
    public static bool IsTransient(Exception e) => e switch
    {
        ApiValidationException => false,
        ApiException api => api.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)api.StatusCode >= 500,
        HttpRequestException or TimeoutRejectedException => true,
        // HttpClient's own timeout; the caller's Ctrl+C is told apart by its token before this is asked.
        OperationCanceledException => true,
        _ => false,
    };

    public static string Describe(Exception e) => e switch
    {
        ApiException { StatusCode: not 0 } api => $"answered {(int)api.StatusCode} {api.ReasonPhrase}",
        TimeoutRejectedException or OperationCanceledException => "no answer in time",
        HttpRequestException http => $"connection failed: {Innermost(http).Message}",
        _ => e.Message,
    };

    /// <summary>The wait a 429 or 503 asks for in <c>Retry-After</c> (seconds or an HTTP date), or null.</summary>
    public static TimeSpan? RetryAfter(ApiException e, DateTimeOffset now)
    {
        if (!e.Headers.TryGetValue("Retry-After", out var values) || values.Count == 0)
        {
            return null;
        }

        string value = values[0].Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at)
            ? at > now ? at - now : TimeSpan.Zero
            : null;
    }

    public static string Seconds(TimeSpan wait) => wait.TotalSeconds.ToString(wait.TotalSeconds < 10 ? "0.#" : "0", CultureInfo.InvariantCulture) + " s";

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}

using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace BatchCalling.Cli.Api;

/// <summary>
/// Tunes the generated client's standard resilience handler (which already retries GET/DELETE on 408, 429, 5xx and
/// connection failures, honours Retry-After, and never retries POST) for a one-user command line tool.
/// </summary>
internal static class ResiliencePolicy
{
    public static void Configure(HttpStandardResilienceOptions options, CliSettings settings, TimeSpan timeout, TextWriter notices)
    {
        options.AttemptTimeout.Timeout = timeout;
        options.Retry.MaxRetryAttempts = settings.MaxRetries;
        options.Retry.Delay = settings.RetryBaseDelay;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        options.Retry.OnRetry = args =>
        {
            HttpRequestMessage? request = args.Context.GetRequestMessage();
            string what = args.Outcome.Result is { } response
                ? $"answered {(int)response.StatusCode} {response.ReasonPhrase}"
                : Failures.Describe(args.Outcome.Exception!);
            notices.WriteLine($"{request?.Method} {request?.RequestUri?.AbsolutePath}: {what}; retrying in {Failures.Seconds(args.RetryDelay)} (retry {args.AttemptNumber + 1} of {settings.MaxRetries}).");
            return default;
        };

        // Room for every attempt plus Retry-After waits; a circuit breaker protects servers from many clients, not this one.
        options.TotalRequestTimeout.Timeout = (timeout * (settings.MaxRetries + 1)) + TimeSpan.FromMinutes(5);
        options.CircuitBreaker.ShouldHandle = static _ => ValueTask.FromResult(false);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, (timeout * 2).Ticks + TimeSpan.TicksPerSecond));
    }
}

using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Api;
using BatchCalling.Cli.Recipients;
using Polly.Timeout;
using Sdkgen.Runtime;

namespace BatchCalling.Cli.Commands;

/// <summary>Turns the failures a command can hit into one readable line and an exit code; never a stack trace.</summary>
internal static class ApiErrors
{
    public static async Task<int> GuardAsync(TextWriter error, Func<Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("Interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (ApiValidationException e)
        {
            error.WriteLine("The request was not sent; it breaks the API's rules:");
            foreach (ValidationIssue v in e.Errors)
            {
                error.WriteLine($"  {v.Path}: {v.Message}");
            }

            return ExitCodes.InvalidInput;
        }
        catch (ApiException e) when (e.StatusCode != 0)
        {
            error.WriteLine($"API error {(int)e.StatusCode} {e.ReasonPhrase}: {Detail(e.ResponseBody)}");
            return ExitCodes.ApiError;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or OperationCanceledException or ApiException)
        {
            error.WriteLine($"Cannot reach the API: {Failures.Describe(e)}. Try again later, or raise --timeout if it is slow.");
            return ExitCodes.ApiError;
        }
        catch (RecipientFileException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // E.g. an output file another program has open.
            error.WriteLine($"File error: {e.Message}");
            return ExitCodes.ApiError;
        }
    }

    /// <summary>FastAPI-style bodies: "detail" is a string or a list of {loc, msg}; otherwise the raw body.</summary>
    internal static string Detail(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no body)";
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("detail", out JsonElement detail))
            {
                if (detail.ValueKind == JsonValueKind.String)
                {
                    return detail.GetString()!;
                }

                if (detail.ValueKind == JsonValueKind.Array)
                {
                    System.Collections.Generic.List<string> parts = [];
                    foreach (JsonElement item in detail.EnumerateArray())
                    {
                        string loc = item.TryGetProperty("loc", out JsonElement l) && l.ValueKind == JsonValueKind.Array
                            ? string.Join('.', System.Linq.Enumerable.Select(l.EnumerateArray(), x => x.ToString()))
                            : "";
                        string msg = item.TryGetProperty("msg", out JsonElement m) ? m.ToString() : item.ToString();
                        parts.Add(loc.Length == 0 ? msg : $"{loc}: {msg}");
                    }

                    return string.Join("; ", parts);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: show it as text.
        }

        return body.Length <= 500 ? body : body[..500] + "...";
    }
}

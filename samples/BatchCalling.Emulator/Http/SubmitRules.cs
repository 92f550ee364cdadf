using System.Text.RegularExpressions;
using ElevenLabs;
using ElevenLabs.Serialization;
using Sdkgen.Runtime;

namespace BatchCalling.Emulator.Http;

/// <summary>Checks a parsed submit body: the spec's own constraints (via the generated Validate) plus the service's rules.</summary>
internal static partial class SubmitRules
{
    public const int MaxRecipients = 10000;

    public static ValidationProblems Check(BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost request)
    {
        ValidationProblems problems = new();

        // maxItems, target_concurrency_limit ≥ 1, ringing timeout 1–999 … come from the spec itself.
        ValidationContext context = new();
        context.Body(request, BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPostJsonConverter.Validate);
        foreach (Sdkgen.Runtime.ValidationIssue error in context.Errors)
        {
            problems.AddFromRuntime(error);
        }

        // Rules the service enforces beyond the spec.
        if (request.Recipients is { Count: 0 })
        {
            problems.Add("too_short", "List should have at least 1 item after validation, not 0", "body", "recipients");
        }

        for (int i = 0; i < (request.Recipients?.Count ?? 0); i++)
        {
            OutboundCallRecipient recipient = request.Recipients![i];
            if (recipient.PhoneNumber is null)
            {
                // WhatsApp batches address recipients by user id instead.
                if (recipient.WhatsappUserId is null || request.WhatsappParams is null)
                {
                    problems.Missing("body", "recipients", i, "phone_number");
                }
            }
            else if (!E164().IsMatch(recipient.PhoneNumber))
            {
                problems.Add("string_pattern_mismatch", $"String should match pattern '{E164Pattern}'", "body", "recipients", i, "phone_number");
            }
        }

        return problems;
    }

    private const string E164Pattern = @"^\+[1-9]\d{6,14}$";

    // ECMAScript: \d is ASCII digits only, as E.164 means.
    [GeneratedRegex(E164Pattern, RegexOptions.ECMAScript)]
    private static partial Regex E164();
}

using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Benchmarks.Data;
using Sdkgen.Benchmarks.HandWritten.Json;
using Sdkgen.Benchmarks.Json;

namespace Sdkgen.Benchmarks;

/// <summary>
/// Proves the three implementations handle the same data before any timing: all three writers produce the same bytes
/// from independently built values, and every reader's result, written back by the same implementation, gives those
/// bytes again (so no reader drops or changes a member).
/// </summary>
internal static class SelfCheck
{
    public static IReadOnlyList<string> Run()
    {
        List<string> problems = [];
        CheckNameTables(problems);
        Check("submit body", SubmitData.ForSdkgen(SubmitBodyJson.Recipients), SubmitData.ForHandWritten(SubmitBodyJson.Recipients),
            SubmitCodecs.Sdkgen, SubmitCodecs.Stj, SubmitCodecs.HandWritten, problems);
        Check("jobs page", BatchCallsData.ForSdkgen(BatchCallsPageJson.Jobs), BatchCallsData.ForHandWritten(BatchCallsPageJson.Jobs),
            BatchCallsCodecs.Sdkgen, BatchCallsCodecs.Stj, BatchCallsCodecs.HandWritten, problems);
        CheckRarePaths(problems);
        return problems;
    }

    /// <summary>
    /// What the datasets never contain but the hand-written reader handles on separate paths: escaped names, members
    /// out of order, more dynamic variables than its stack buffer holds. All three must read the same values.
    /// </summary>
    private static void CheckRarePaths(List<string> problems)
    {
        string variables = string.Join(",", Enumerable.Range(0, 12).Select(i => $"\"v{i}\":{i}.5"));
        byte[] json = System.Text.Encoding.UTF8.GetBytes(
            "{\"recipients\":[{\"conversation_initiation_client_data\":{\"dynamic_variables\":{" + variables + "}},\"phone\\u005fnumber\":\"+14155550100\"}]," +
            "\"agent_id\":\"agent_1\",\"call\\u005Fname\":\"rare\",\"timezone\":\"UTC\",\"extra\":{\"ignored\":[1,2]}}");
        byte[] expected = SubmitCodecs.Sdkgen.WriteToArray(SubmitCodecs.Sdkgen.Read(json));
        Same("rare paths", "STJ read", expected, SubmitCodecs.HandWritten.WriteToArray(SubmitCodecs.Stj.Read(json)), problems);
        Same("rare paths", "hand-written read", expected, SubmitCodecs.HandWritten.WriteToArray(SubmitCodecs.HandWritten.Read(json)), problems);
    }

    private static void Check<TSdkgen, THand>(
        string dataset, TSdkgen sdkgenValue, THand handValue, JsonCodec<TSdkgen> sdkgen, JsonCodec<THand> stj, JsonCodec<THand> hand, List<string> problems)
    {
        byte[] expected = sdkgen.WriteToArray(sdkgenValue);
        Console.WriteLine($"{dataset}: {expected.Length:N0} bytes of JSON");
        Same(dataset, stj.Name + " write", expected, stj.WriteToArray(handValue), problems);
        Same(dataset, hand.Name + " write", expected, hand.WriteToArray(handValue), problems);
        Same(dataset, sdkgen.Name + " read+write", expected, sdkgen.WriteToArray(sdkgen.Read(expected)), problems);
        Same(dataset, stj.Name + " read+write", expected, stj.WriteToArray(stj.Read(expected)), problems);
        Same(dataset, hand.Name + " read+write", expected, hand.WriteToArray(hand.Read(expected)), problems);

        // Across implementations too: what the hand-written reader builds, STJ writes identically, and vice versa.
        Same(dataset, "hand-written read, STJ write", expected, stj.WriteToArray(hand.Read(expected)), problems);
        Same(dataset, "STJ read, hand-written write", expected, hand.WriteToArray(stj.Read(expected)), problems);
    }

    private static void Same(string dataset, string what, byte[] expected, byte[] actual, List<string> problems)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        int at = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] json) => System.Text.Encoding.UTF8.GetString(json.AsSpan(Math.Max(0, at - 40), Math.Min(80, Math.Max(0, json.Length - Math.Max(0, at - 40)))));
        problems.Add($"{dataset}: {what} differs at byte {at}: expected …{Around(expected)}… got …{Around(actual)}…");
    }

    /// <summary>The hand-written lookups must find every name they list (a typo would silently skip a member).</summary>
    private static void CheckNameTables(List<string> problems)
    {
        foreach (int i in Enumerable.Range(0, 21).Where(i => BatchCallsReader.Find(BatchCallsReader.Name(i)) != i))
        {
            problems.Add($"BatchCallsReader.Find misses property {i}");
        }

        foreach (int i in Enumerable.Range(0, 11).Where(i => SubmitReader.FindRequest(SubmitReader.RequestName(i)) != i))
        {
            problems.Add($"SubmitReader.FindRequest misses property {i}");
        }
    }
}

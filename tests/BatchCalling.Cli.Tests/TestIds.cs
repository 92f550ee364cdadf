using System.Text.RegularExpressions;

namespace BatchCalling.Cli.Tests;

/// <summary>Finds the batch id a CLI run printed.</summary>
internal static partial class TestIds
{
    public static string Of(CliResult result) =>
        JobId().Match(result.Out).Value is { Length: > 0 } id ? id : throw new Xunit.Sdk.XunitException(result.ToString());

    [GeneratedRegex(@"btcal_[0-9a-f]{32}")]
    private static partial Regex JobId();
}

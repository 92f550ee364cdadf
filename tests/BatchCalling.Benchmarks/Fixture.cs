using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BatchCalling.Cli.Recipients;
using ElevenLabs;

namespace BatchCalling.Benchmarks;

/// <summary>The benchmark input: a generated 10,000-recipient CSV, and the parse+validate+map step under test.</summary>
internal static class Fixture
{
    public const int Recipients = 10_000;

    public static string WriteCsv(string directory)
    {
        string path = Path.Combine(directory, "recipients-10k.csv");
        StringBuilder csv = new("phone_number,name,customer_tier,visits,vip,score,language\n");
        string[] tiers = ["bronze", "silver", "gold", "platinum"];
        for (int i = 0; i < Recipients; i++)
        {
            // +1 415 2xx xxxx: distinct, valid US numbers.
            csv.Append(CultureInfo.InvariantCulture, $"+1415{200 + i / 1000}{1000 + i % 1000:D4},Customer {i},{tiers[i % 4]},{i % 50},{(i % 3 == 0 ? "true" : "false")},{i % 100 / 10.0:0.0},{(i % 10 == 0 ? "de" : "")}\n");
        }

        File.WriteAllText(path, csv.ToString());
        return path;
    }

    public static BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost ParseAndBuild(string path)
    {
        RecipientValidation validation = RecipientValidator.ValidateFile(path, "US");
        if (!validation.IsValid)
        {
            throw new InvalidOperationException("fixture is invalid: " + validation.Errors.First());
        }

        return new BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost
        {
            CallName = "benchmark",
            AgentId = "agent_bench",
            Recipients = [.. validation.Recipients.Select(RecipientMapper.ToRequest)],
        };
    }
}

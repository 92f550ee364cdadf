using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ElevenLabs;
using Xunit;

namespace BatchCalling.Emulator.Tests;

public sealed class ExportAndListTests
{
    [Fact]
    public async Task Export_has_a_header_and_one_row_per_recipient_matching_get()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync(failureRate: 0.3, noAnswerRate: 0.3);
        BatchCallResponse created = await session.BatchCalls.CreateAsync(Campaigns.Request(12));
        BatchCallDetailedResponse done = await Campaigns.WaitForEndAsync(session.BatchCalls, created.Id);

        await using Stream stream = await session.BatchCalls.ExportAsync(created.Id);
        using StreamReader reader = new(stream, Encoding.UTF8);
        List<string[]> rows = ParseCsv(await reader.ReadToEndAsync());

        Assert.Equal(["phone_number", "status", "conversation_id", "updated_at_unix", "customer_name", "visits", "vip"], rows[0]);
        Assert.Equal(12, rows.Count - 1);
        foreach ((string[] row, OutboundCallRecipientResponseModel recipient) in rows.Skip(1).Zip(done.Recipients))
        {
            Assert.Equal(recipient.PhoneNumber, row[0]);
            Assert.Equal(recipient.Status.Value, row[1]);
            Assert.Equal(recipient.ConversationId, row[2]);
            Assert.Equal(recipient.UpdatedAtUnix.ToString(System.Globalization.CultureInfo.InvariantCulture), row[3]);
        }

        // The quoted name survives the round trip: comma and doubled quotes.
        Assert.Equal("Customer 3, \"VIP\"", rows[4][4]);
        Assert.Equal(["3", "false"], rows[4][5..]);
    }

    [Fact]
    public async Task ListAll_walks_every_page_exactly_once_newest_first()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        List<string> ids = [];
        for (int i = 0; i < 5; i++)
        {
            ids.Add((await session.BatchCalls.CreateAsync(Campaigns.Request(1))).Id);
        }

        WorkspaceBatchCallsResponse firstPage = await session.BatchCalls.ListAsync(limit: 2);
        List<string> all = [];
        await foreach (BatchCallResponse job in session.BatchCalls.ListAllAsync(limit: 2))
        {
            all.Add(job.Id);
        }

        Assert.True(firstPage.HasMore);
        Assert.Equal(ids[3], firstPage.NextDoc);
        Assert.Equal(Enumerable.Reverse(ids), all);
    }

    [Fact]
    public async Task List_filters_by_agent()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        await session.BatchCalls.CreateAsync(Campaigns.Request(1, agentId: "agent_a"));
        BatchCallResponse b = await session.BatchCalls.CreateAsync(Campaigns.Request(1, agentId: "agent_b"));

        WorkspaceBatchCallsResponse page = await session.BatchCalls.ListAsync(agentId: "agent_b");

        Assert.Equal([b.Id], page.BatchCalls.Select(j => j.Id));
        Assert.False(page.HasMore);
        Assert.Null(page.NextDoc);
    }

    // RFC 4180: quoted fields may hold commas, CRLF and doubled quotes.
    private static List<string[]> ParseCsv(string text)
    {
        List<string[]> rows = [];
        List<string> fields = [];
        StringBuilder field = new();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(fields); // every row ended with CRLF
        return rows;
    }
}

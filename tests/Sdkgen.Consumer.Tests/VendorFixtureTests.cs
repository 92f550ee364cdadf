using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using ElevenLabs;
using Sdkgen.Runtime;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>
/// Responses shaped like the ones the vendor's own SDK tests read: members the spec calls required are left out
/// (whatsapp_params, timezone, retry_count, telephony_call_config, …). Our own fixtures, one per batch-calling
/// operation; each must read without error, absent members as null or their spec default.
/// </summary>
public sealed class VendorFixtureTests
{
    /// <summary>A job with only the members the vendor's SDK tests send.</summary>
    internal const string SparseJob =
        """{"id":"job_1","phone_number_id":"ph_1","phone_provider":"twilio","name":"Spring survey","agent_id":"agent_1","created_at_unix":1,"scheduled_time_unix":2,"total_calls_dispatched":3,"total_calls_scheduled":4,"last_updated_at_unix":5,"status":"pending","agent_name":"Ada"}""";

    /// <summary>The detailed job: the sparse one plus a recipient whose client data carries only a voice, a first message and a prompt.</summary>
    internal static string Detailed => SparseJob[..^1] + ""","recipients":[{"id":"r_1","phone_number":"+14155550100","status":"pending","created_at_unix":1,"updated_at_unix":2,"conversation_id":"conv_1","conversation_initiation_client_data":{"conversation_config_override":{"tts":{"voice_id":"voice_1"},"agent":{"first_message":"Hello","language":"en","prompt":{"prompt":"Be brief."}}}}}]}""";

    [Fact]
    public async Task Create_reads_a_job_without_the_members_the_vendor_leaves_out()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, SparseJob);
        using HttpClient http = Samples.CreateHttpClient();

        BatchCallResponse job = await Samples.CreateClient(http, server).ConversationalAi.BatchCalls.CreateAsync(Samples.ReadmeRequest());

        AssertSparseJob(job);
    }

    [Fact]
    public async Task List_reads_a_page_of_sparse_jobs()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, $$"""{"batch_calls":[{{SparseJob}}],"next_doc":"doc_2","has_more":true}""");
        using HttpClient http = Samples.CreateHttpClient();

        WorkspaceBatchCallsResponse page = await Samples.CreateClient(http, server).ConversationalAi.BatchCalls.ListAsync();

        AssertSparseJob(Assert.Single(page.BatchCalls));
        Assert.Equal("doc_2", page.NextDoc);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task Get_reads_a_detailed_job_without_the_members_the_vendor_leaves_out()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Detailed);
        using HttpClient http = Samples.CreateHttpClient();

        BatchCallDetailedResponse job = await Samples.CreateClient(http, server).ConversationalAi.BatchCalls.GetAsync("job_1");

        Assert.Equal("Spring survey", job.Name);
        Assert.Null(job.WhatsappParams);
        Assert.Null(job.Timezone);
        Assert.Null(job.BranchId);
        Assert.Null(job.TargetConcurrencyLimit);
        Assert.Equal(0, job.RetryCount);
        Assert.Equal(0, job.TotalCallsFinished);
        Assert.Equal(3, job.TotalCallsDispatched);
        Assert.NotNull(job.TelephonyCallConfig);
        Assert.Equal(60, job.TelephonyCallConfig.RingingTimeoutSecs); // the spec default, as the member was absent
        OutboundCallRecipientResponseModel recipient = Assert.Single(job.Recipients);
        Assert.Null(recipient.WhatsappUserId);
        Assert.Equal("voice_1", recipient.ConversationInitiationClientData?.ConversationConfigOverride?.Tts?.VoiceId);
        Assert.Equal("Be brief.", recipient.ConversationInitiationClientData?.ConversationConfigOverride?.Agent?.Prompt?.Prompt);
    }

    [Fact]
    public async Task Cancel_and_retry_read_sparse_jobs()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, SparseJob);
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        AssertSparseJob(await client.ConversationalAi.BatchCalls.CancelAsync("job_1"));
        AssertSparseJob(await client.ConversationalAi.BatchCalls.RetryAsync("job_1"));
    }

    [Fact]
    public async Task Delete_and_export_take_what_the_server_sends()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsClient client = Samples.CreateClient(http, server);

        server.Respond(204, string.Empty, contentType: null);
        await client.ConversationalAi.BatchCalls.DeleteAsync("job_1");
        server.Respond(200, "phone_number,status\n+14155550100,completed\n", "text/csv");
        await using Stream csv = await client.ConversationalAi.BatchCalls.ExportAsync("job_1");
        using StreamReader reader = new(csv);

        Assert.Equal("phone_number,status\n+14155550100,completed\n", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task A_member_that_cannot_be_absent_is_an_error_naming_the_member_and_the_operation()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, Detailed.Replace("\"name\":\"Spring survey\",", string.Empty, StringComparison.Ordinal));
        using HttpClient http = Samples.CreateHttpClient();

        ApiException ex = await Assert.ThrowsAsync<ApiException>(() => Samples.CreateClient(http, server).ConversationalAi.BatchCalls.GetAsync("job_1"));

        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GET /v1/convai/batch-calling/{batch_id}", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertSparseJob(BatchCallResponse job)
    {
        Assert.Equal("job_1", job.Id);
        Assert.Equal(TelephonyProvider.Twilio, job.PhoneProvider);
        Assert.Null(job.WhatsappParams);
        Assert.Null(job.Timezone);
        Assert.Equal(0, job.RetryCount); // the spec default, as the member was absent
        Assert.Null(job.TelephonyCallConfig);
        Assert.Equal(BatchCallStatus.Pending, job.Status);
        Assert.Equal("Ada", job.AgentName);
    }
}

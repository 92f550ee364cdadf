#if ELEVENLABS_FULL
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ElevenLabsFull;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Sdkgen.Consumer.Tests;

/// <summary>
/// The vendor's full spec (387 operations), generated when SDKGEN_ELEVENLABS_FULL_SPEC names a local copy (it may not
/// be committed): its batch-calling operations read the vendor-shaped fixtures, history pages, and the key lifted
/// into the options reaches every operation that declares xi-api-key.
/// </summary>
public sealed class FullSpecTests
{
    private const string SparseJob = VendorFixtureTests.SparseJob;

    private static string Detailed => VendorFixtureTests.Detailed;

    [Fact]
    public async Task Every_batch_calling_operation_reads_the_vendor_shaped_fixtures()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = (context, request) => Respond(context, context.Request.Path.Value switch
        {
            "/v1/convai/batch-calling/workspace" => $$"""{"batch_calls":[{{SparseJob}}],"next_doc":"d2","has_more":false}""",
            "/v1/convai/batch-calling/job_1" when request.Method == "DELETE" => "",
            "/v1/convai/batch-calling/job_1" => Detailed,
            "/v1/convai/batch-calling/job_1/export" => "id\n",
            _ => SparseJob,
        });
        using HttpClient http = Samples.CreateHttpClient();
        var calls = new ElevenLabsFullClient(http, new ElevenLabsFullClientOptions { BaseAddress = server.BaseAddress, ApiKey = Samples.ApiKey }).ConversationalAi.BatchCalls;

        var created = await calls.CreateAsync(new() { CallName = "Spring survey", AgentId = "agent_1", Recipients = [new() { PhoneNumber = "+14155550100" }] });
        var page = await calls.ListAsync();
        var job = await calls.GetAsync("job_1");
        var cancelled = await calls.CancelAsync("job_1");
        var retried = await calls.RetryAsync("job_1");
        await calls.DeleteAsync("job_1");
        await (await calls.ExportAsync("job_1")).DisposeAsync();

        Assert.All([created.Name, Assert.Single(page.BatchCalls).Name, job.Name, cancelled.Name, retried.Name], name => Assert.Equal("Spring survey", name));
        Assert.Null(job.WhatsappParams);
        Assert.Null(job.Timezone);
        Assert.Equal(0, job.RetryCount);
        Assert.Equal("voice_1", Assert.Single(job.Recipients).ConversationInitiationClientData?.ConversationConfigOverride?.Tts?.VoiceId);
    }

    [Fact]
    public async Task History_gets_a_pager_that_walks_every_page()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Handler = (context, request) => Respond(context, context.Request.Query["start_after_history_item_id"].ToString() switch
        {
            "" => $$"""{"history":[{{HistoryItem("h1")}},{{HistoryItem("h2")}}],"last_history_item_id":"h2","has_more":true}""",
            "h2" => $$"""{"history":[{{HistoryItem("h3")}}],"last_history_item_id":"h3","has_more":false}""",
            _ => """{"history":[],"has_more":false}""",
        });
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsFullClient client = new(http, new ElevenLabsFullClientOptions { BaseAddress = server.BaseAddress, ApiKey = Samples.ApiKey });

        List<string> ids = [];
        await foreach (var item in client.History.ListAllAsync())
        {
            ids.Add(item.HistoryItemId);
        }

        Assert.Equal(["h1", "h2", "h3"], ids);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task The_options_key_reaches_every_operation_that_declares_the_key_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync();
        server.Respond(200, "{}");
        using HttpClient http = Samples.CreateHttpClient();
        ElevenLabsFullClient client = new(http, new ElevenLabsFullClientOptions { BaseAddress = server.BaseAddress, ApiKey = Samples.ApiKey });

        // Every operation whose arguments can be made up (strings, numbers, enums, optional values) is called once.
        var called = 0;
        foreach (var (group, method) in Operations(client))
        {
            if (Arguments(method) is not { } arguments)
            {
                continue;
            }

            try
            {
                await (Task)method.Invoke(group, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
            }
            catch (Exception ex) when (ex is Sdkgen.Runtime.ApiException or ArgumentException or Sdkgen.Runtime.ApiValidationException)
            {
                // A "{}" answer does not parse as most responses: the request was still sent (or rejected before it).
            }

            called++;
        }

        string[] withoutKey = ["/v1/voices/settings/default", "/v1/convai/llm-usage/calculate", "/docs"];
        var requests = server.Requests;
        Assert.True(requests.Count > 200, $"only {requests.Count} of {called} calls reached the server");
        Assert.All(requests.Where(request => !withoutKey.Contains(request.Path) && !request.Path.EndsWith("/feedback", StringComparison.Ordinal)), request => Assert.Equal(Samples.ApiKey, request.Headers["xi-api-key"]));
        Assert.All(requests.Where(request => withoutKey.Contains(request.Path)), request => Assert.False(request.Headers.ContainsKey("xi-api-key")));
        Assert.DoesNotContain(Operations(client).SelectMany(operation => operation.Method.GetParameters()), parameter => parameter.Name == "xiApiKey");
    }

    private static string HistoryItem(string id) =>
        $$"""{"history_item_id":"{{id}}","date_unix":1,"character_count_change_from":0,"character_count_change_to":1,"content_type":"audio/mpeg","state":"created","voice_category":"premade","source":"TTS"}""";

    private static Task Respond(HttpContext context, string body)
    {
        if (body.Length == 0)
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        }

        context.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/csv";
        return context.Response.WriteAsync(body);
    }

    /// <summary>Every operation method on the client and the groups reachable through its properties.</summary>
    private static IEnumerable<(object Group, MethodInfo Method)> Operations(object client)
    {
        Queue<object> pending = new([client]);
        while (pending.TryDequeue(out object? group))
        {
            foreach (MethodInfo method in group.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(method => typeof(Task).IsAssignableFrom(method.ReturnType)))
            {
                yield return (group, method);
            }

            foreach (PropertyInfo property in group.GetType().GetProperties().Where(property => property.PropertyType.Namespace == "ElevenLabsFull"))
            {
                pending.Enqueue(property.GetValue(group)!);
            }
        }
    }

    /// <summary>Arguments for a call, or null when a required one is a body or object that cannot be made up.</summary>
    private static object?[]? Arguments(MethodInfo method)
    {
        List<object?> arguments = [];
        foreach (ParameterInfo parameter in method.GetParameters())
        {
            Type type = parameter.ParameterType;
            if (parameter.HasDefaultValue)
            {
                arguments.Add(type == typeof(CancellationToken) ? CancellationToken.None : null);
            }
            else if (type == typeof(string))
            {
                arguments.Add("x");
            }
            else if (type.IsValueType)
            {
                arguments.Add(Activator.CreateInstance(type));
            }
            else
            {
                return null;
            }
        }

        return [.. arguments];
    }
}
#endif

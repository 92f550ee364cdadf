using System;
using System.Net.Http;
using ElevenLabs;

namespace Sdkgen.Consumer.Tests;

public static class Smoke
{
    public static async System.Threading.Tasks.Task<BatchCallResponse> Run(HttpClient http, string apiKey, System.Threading.CancellationToken cancellationToken)
    {
        var client = new ElevenLabsClient(http, new ElevenLabsClientOptions { ApiKey = apiKey });
        BatchCallResponse job = await client.ConversationalAi.BatchCalls.CreateAsync(new()
        {
            CallName = "April survey",
            AgentId = "agent_123",
            Recipients = [ new() { PhoneNumber = "+14155552671",
                ConversationInitiationClientData = new() { DynamicVariables = new() { ["customer_name"] = "John", ["vip"] = true, ["visits"] = 3 } } } ],
        }, cancellationToken);
        if (job.Status == BatchCallStatus.Pending) Console.WriteLine(job.Id);
        return job;
    }
}

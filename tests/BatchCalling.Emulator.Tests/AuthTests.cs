using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using ElevenLabs;
using Sdkgen.Runtime;
using Xunit;

namespace BatchCalling.Emulator.Tests;

public sealed class AuthTests
{
    [Fact]
    public async Task Missing_key_is_401()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        ElevenLabsClient anonymous = new(session.Http, new ElevenLabsClientOptions { BaseAddress = session.Emulator.BaseAddress });

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => anonymous.ConversationalAi.BatchCalls.ListAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("\"invalid_api_key\"", error.ResponseBody);
    }

    [Fact]
    public async Task Wrong_key_is_401_and_the_body_does_not_echo_it()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();
        ElevenLabsClient wrong = new(session.Http, new ElevenLabsClientOptions { ApiKey = "not-the-key", BaseAddress = session.Emulator.BaseAddress });

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => wrong.ConversationalAi.BatchCalls.CreateAsync(Campaigns.Request(1)));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain("not-the-key", error.ResponseBody);
        Assert.DoesNotContain(session.Emulator.ApiKey, error.ResponseBody);
    }

    [Fact]
    public async Task Every_route_needs_the_key()
    {
        await using EmulatorSession session = await EmulatorSession.StartAsync();

        using HttpResponseMessage response = await session.Http.DeleteAsync("v1/convai/batch-calling/whatever");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

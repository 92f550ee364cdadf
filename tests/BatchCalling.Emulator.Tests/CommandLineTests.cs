using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using BatchCalling.Emulator.Faults;
using Xunit;

namespace BatchCalling.Emulator.Tests;

/// <summary>The standalone emulator's options, parsed by System.CommandLine.</summary>
public sealed class CommandLineTests
{
    private static async Task<(int Code, EmulatorOptions? Options, string Error)> ParseAsync(params string[] args)
    {
        EmulatorOptions? seen = null;
        using StringWriter output = new();
        using StringWriter error = new();
        int code = await EmulatorCommandLine.Create((options, _) =>
        {
            seen = options;
            return Task.FromResult(0);
        }).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, seen, error.ToString());
    }

    [Fact]
    public async Task Every_option_reaches_the_emulator_options()
    {
        (int code, EmulatorOptions? options, _) = await ParseAsync(
            "--port", "0", "--api-key", "k", "--time-scale", "100", "--seed", "7", "--failure-rate", "0.2", "--no-answer-rate", "0.3",
            "--fault-rate", "0.25", "--faults", "503,drop,timeout", "--fault-retry-after", "2", "--fault-methods", "get,post");

        Assert.Equal(0, code);
        Assert.Equal((0, "k", 100.0, 7, 0.2, 0.3), (options!.Port, options.ApiKey, options.TimeScale, options.Seed, options.FailureRate, options.NoAnswerRate));
        Assert.Equal(0.25, options.Faults.Rate);
        Assert.Equal([FaultKind.ServiceUnavailable, FaultKind.DroppedConnection, FaultKind.Timeout], options.Faults.Kinds);
        Assert.Equal(2, options.Faults.RetryAfterSeconds);
        Assert.Equal(["GET", "POST"], options.Faults.Methods);
        Assert.Equal(7, options.Faults.Seed);
    }

    [Fact]
    public async Task Defaults_listen_on_5080_without_faults()
    {
        (int code, EmulatorOptions? options, _) = await ParseAsync();

        Assert.Equal(0, code);
        Assert.Equal(5080, options!.Port);
        Assert.Equal(0, options.Faults.Rate);
        Assert.Equal([FaultKind.TooManyRequests, FaultKind.ServiceUnavailable, FaultKind.DroppedConnection], options.Faults.Kinds);
    }

    [Theory]
    [InlineData("--fault-rate 1.5", "--fault-rate must be between 0 and 1")]
    [InlineData("--faults 429,boom", "unknown fault 'boom'")]
    [InlineData("--failure-rate 0.6 --no-answer-rate 0.6", "add up to more than 1")]
    [InlineData("--time-scale 0", "--time-scale must be a positive number")]
    [InlineData("--port x", "x")]
    [InlineData("--colour blue", "--colour")]
    public async Task Bad_options_are_refused_and_nothing_starts(string args, string message)
    {
        (int code, EmulatorOptions? options, string error) = await ParseAsync(args.Split(' '));

        Assert.NotEqual(0, code);
        Assert.Null(options);
        Assert.Contains(message, error);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Sdkgen.Package.Tests;

/// <summary>What a finished command printed.</summary>
internal sealed record CommandResult(int ExitCode, string Output)
{
    public CommandResult ShouldSucceed(string what)
        => ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
}

/// <summary>
/// Runs the dotnet CLI (or a built program) the way a user would, isolated from the test host's MSBuild
/// environment, and with no build servers left behind to hold the output pipes open.
/// </summary>
internal static class DotnetCli
{
    public static Task<CommandResult> DotnetAsync(string workingDirectory, params string[] arguments)
        => RunAsync("dotnet", workingDirectory, [.. arguments, .. BuildFlags(arguments)]);

    public static async Task<CommandResult> RunAsync(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        ProcessStartInfo start = new(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`: its MSBuild variables would point child builds at the wrong SDK state.
        foreach (string name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        StringBuilder output = new();
        Task stdout = Pump(process.StandardOutput, output);
        Task stderr = Pump(process.StandardError, output);
        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        return new CommandResult(process.ExitCode, output.ToString());
    }

    private static string[] BuildFlags(string[] arguments)
        => arguments.Length > 0 && arguments[0] is "build" or "publish" or "pack" or "restore"
            ? ["-nodeReuse:false", "-p:UseSharedCompilation=false"]
            : [];

    private static async Task Pump(System.IO.StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}

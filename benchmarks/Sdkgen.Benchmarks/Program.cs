using System;
using System.Collections.Generic;
using BenchmarkDotNet.Running;
using Sdkgen.Benchmarks;

// The self-check always runs first: timing implementations that disagree about the data would compare nothing.
IReadOnlyList<string> problems = SelfCheck.Run();
foreach (string problem in problems)
{
    Console.Error.WriteLine(problem);
}

if (problems.Count > 0)
{
    return 1;
}

Console.WriteLine("Self-check passed: all three implementations write identical JSON and read it back losslessly.");
if (args is ["--check"])
{
    return 0;
}

if (args is ["--cpu", ..])
{
    Sdkgen.Benchmarks.CpuTime.CpuTimeComparison.Run(args is [_, var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 15);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SelfCheck).Assembly).Run(args);
return 0;

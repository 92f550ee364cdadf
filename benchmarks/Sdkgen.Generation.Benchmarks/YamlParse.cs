using System;
using System.Diagnostics;
using System.IO;
using SharpYaml;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>The floor: SharpYaml's event parser run to the end of the text, building nothing.</summary>
internal static class YamlParse
{
    public static (TimeSpan Elapsed, TimeSpan? Cpu, long Allocated, long Events) Run(string text)
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan? cpuStart = CpuClock.Process();
        long start = Stopwatch.GetTimestamp();
        var parser = Parser.CreateParser(new StringReader(text));
        long events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        return (elapsed, CpuClock.Process() - cpuStart, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, events);
    }
}

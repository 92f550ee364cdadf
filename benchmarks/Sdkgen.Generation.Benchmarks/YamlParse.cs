using System;
using System.Diagnostics;
using System.IO;
using SharpYaml;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>The floor: SharpYaml's event parser run to the end of the text, building nothing.</summary>
internal static class YamlParse
{
    public static (TimeSpan Elapsed, long Allocated, long Events) Run(string text)
    {
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        var parser = Parser.CreateParser(new StringReader(text));
        long events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return (Stopwatch.GetElapsedTime(start), GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, events);
    }
}

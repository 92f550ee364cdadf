using System;
using System.Runtime.InteropServices;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux getrusage). On a shared, loaded machine wall time mostly measures the queue
/// for a core; the thread's own CPU time moves far less. Null elsewhere.
/// </summary>
internal static partial class ThreadCpu
{
    private const int RusageThread = 1;

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(RusageThread, out var usage) != 0)
        {
            return null;
        }

        return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);

    // struct rusage on 64-bit Linux: two timevals, then 14 longs this harness does not read (144 bytes in all).
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}

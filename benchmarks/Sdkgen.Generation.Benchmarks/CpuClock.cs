using System;
using System.Runtime.InteropServices;

namespace Sdkgen.Generation.Benchmarks;

/// <summary>
/// CPU time spent so far (Linux getrusage); null elsewhere. On a shared, loaded machine wall time mostly measures the
/// queue for a core; CPU time moves far less.
/// </summary>
internal static partial class CpuClock
{
    private const int RusageSelf = 0;
    private const int RusageThread = 1;

    /// <summary>The calling thread's CPU time.</summary>
    public static TimeSpan? Thread() => Read(RusageThread);

    /// <summary>The whole process's CPU time: with server GC, collections run on the GC's own threads, not the caller's.</summary>
    public static TimeSpan? Process() => Read(RusageSelf);

    private static TimeSpan? Read(int who)
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(who, out var usage) != 0)
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

using System;

namespace Sdkgen.Generation.Benchmarks;

internal static class Heap
{
    /// <summary>
    /// Collects everything the previous stage left, so a collection of its garbage (or the promotion of what it keeps)
    /// is not charged to the next stage.
    /// </summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

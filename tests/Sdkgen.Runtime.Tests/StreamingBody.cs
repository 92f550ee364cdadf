using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Sdkgen.Runtime.Tests;

/// <summary>Server side of the streamed-upload tests: reads a request body as it arrives.</summary>
internal static class StreamingBody
{
    /// <summary>Reads the whole body, completing <paramref name="arrived"/> as soon as <paramref name="marker"/> has come in.</summary>
    public static async Task<byte[]> ReadAsync(Stream body, string marker, TaskCompletionSource arrived)
    {
        using MemoryStream received = new();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            received.Write(buffer, 0, read);
            if (Encoding.Latin1.GetString(received.ToArray()).Contains(marker, StringComparison.Ordinal))
            {
                arrived.TrySetResult();
            }
        }

        return received.ToArray();
    }
}

using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace BatchCalling.Emulator;

/// <summary>
/// Replaces the console lifetime: an emulator embedded in tests or a CLI must not grab Ctrl+C/SIGTERM from its
/// host process. Whoever starts it stops it (Program.cs wires Ctrl+C itself).
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

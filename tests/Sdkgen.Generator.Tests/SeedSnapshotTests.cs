using Sdkgen.Generator.Tests.Infrastructure;
using Xunit;

namespace Sdkgen.Generator.Tests;

public sealed class SeedSnapshotTests
{
    [Fact]
    public void Seed_spec_generates_every_file_as_in_the_baselines()
    {
        var output = GeneratorHarness.Run(TestPaths.ReadSeedSpec(), "ElevenLabs", "ElevenLabsClient");

        Assert.Empty(output.GeneratorDiagnostics);
        Snapshot.Verify("Seed", output.Sources);
    }
}

using System.IO;
using System.Runtime.CompilerServices;

namespace Sdkgen.Generator.Tests.Infrastructure;

internal static class TestPaths
{
    /// <summary>The seed spec, found relative to this source file (tests/Sdkgen.Generator.Tests/Infrastructure).</summary>
    public static string SeedSpec => Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", "..", "spec", "elevenlabs-batch-calling.yaml"));

    /// <summary>The specs written for these tests (tests/Sdkgen.Generator.Tests/Specs).</summary>
    public static string SpecsDirectory => Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "Specs"));

    public static string ReadSeedSpec() => File.ReadAllText(SeedSpec);

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

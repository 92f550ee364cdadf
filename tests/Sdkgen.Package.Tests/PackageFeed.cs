using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Xunit;

namespace Sdkgen.Package.Tests;

/// <summary>
/// Packs Sdkgen and Sdkgen.Runtime once into a temporary folder feed, as `dotnet pack` would for a release. Each run
/// gets its own prerelease version, so NuGet's global cache can never hand a test an older build of the packages.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sdkgen-package-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        string versionSuffix = Version[(Version.IndexOf('-', StringComparison.Ordinal) + 1)..];
        foreach (string project in new[] { "runtime/Sdkgen.Runtime", "generator/Sdkgen.Package" })
        {
            (await DotnetCli.DotnetAsync(RepositoryRoot, "pack", project, "-c", "Release", "-o", FeedDirectory, $"-p:VersionSuffix={versionSuffix}"))
                .ShouldSucceed($"dotnet pack {project}");
        }
    }

    /// <summary>Creates a project folder outside the repository whose nuget.config adds the feed.</summary>
    public string NewProjectDirectory(string name)
    {
        string directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="sdkgen-local" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return directory;
    }

    public Task DisposeAsync()
    {
        // The run's own version is of no use to anyone else: take it out of the global cache and the temp folder.
        string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string directory in new[] { Path.Combine(cache, "sdkgen", Version), Path.Combine(cache, "sdkgen.runtime", Version), Root })
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // Best effort: a leftover folder is not a test failure.
            }
        }

        return Task.CompletedTask;
    }

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package feed";
}

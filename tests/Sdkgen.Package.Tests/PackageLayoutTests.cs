using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace Sdkgen.Package.Tests;

/// <summary>What `dotnet pack` put in the two packages: the layout NuGet and the compiler rely on, and the metadata.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void The_feed_holds_exactly_the_two_packages()
    {
        string[] files = Directory.GetFiles(feed.FeedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        Assert.Equal([$"Sdkgen.{feed.Version}.nupkg", $"Sdkgen.Runtime.{feed.Version}.nupkg"], files);
    }

    [Fact]
    public void Sdkgen_holds_the_generator_its_yaml_parser_and_the_build_props_and_nothing_of_roslyn_or_the_framework()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath("Sdkgen"));

        string[] expected =
        [
            "README.md",
            "Sdkgen.nuspec",
            "analyzers/dotnet/cs/Sdkgen.Generator.dll",
            "analyzers/dotnet/cs/SharpYaml.dll",
            "build/Sdkgen.props",
            "build/Sdkgen.targets",
            "buildTransitive/Sdkgen.props",
            "buildTransitive/Sdkgen.targets",
        ];
        Assert.Equal(expected, Contents(package));
    }

    [Fact]
    public void Sdkgen_Runtime_is_a_plain_library_package()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath("Sdkgen.Runtime"));

        Assert.Equal(
            ["README.md", "Sdkgen.Runtime.nuspec", "lib/net10.0/Sdkgen.Runtime.dll", "lib/net10.0/Sdkgen.Runtime.xml"],
            Contents(package));
    }

    [Fact]
    public void Sdkgen_depends_on_Sdkgen_Runtime_of_the_same_version()
    {
        XElement metadata = Metadata("Sdkgen");

        XElement dependency = Assert.Single(metadata.Descendants(metadata.Name.Namespace + "dependency"));
        Assert.Equal("Sdkgen.Runtime", (string?)dependency.Attribute("id"));
        Assert.Equal(feed.Version, (string?)dependency.Attribute("version"));
        Assert.Equal("net10.0", (string?)dependency.Parent!.Attribute("targetFramework"));
    }

    [Theory]
    [InlineData("Sdkgen")]
    [InlineData("Sdkgen.Runtime")]
    public void Each_package_carries_complete_metadata(string id)
    {
        XElement metadata = Metadata(id);
        string Value(string name) => metadata.Element(metadata.Name.Namespace + name)?.Value ?? string.Empty;

        Assert.Equal(id, Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.True(Value("description").Length > 40, "a description that says what the package is");
        Assert.NotEmpty(Value("authors"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", (string?)metadata.Element(metadata.Name.Namespace + "license")!.Attribute("type"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("openapi", Value("tags"), StringComparison.Ordinal);
        XElement repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://", (string?)repository.Attribute("url"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sdkgen", "analyzers/dotnet/cs/Sdkgen.Generator.dll")]
    [InlineData("Sdkgen.Runtime", "lib/net10.0/Sdkgen.Runtime.dll")]
    public void Assemblies_are_deterministic_and_carry_their_symbols(string id, string entry)
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath(id));
        using MemoryStream image = new();
        using (Stream stream = package.GetEntry(entry)!.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using PEReader reader = new(image);
        DebugDirectoryEntryType[] kinds = reader.ReadDebugDirectory().Select(debug => debug.Type).ToArray();
        Assert.Contains(DebugDirectoryEntryType.EmbeddedPortablePdb, kinds);
        Assert.Contains(DebugDirectoryEntryType.Reproducible, kinds);
    }

    private XElement Metadata(string id)
    {
        using ZipArchive package = ZipFile.OpenRead(feed.PackagePath(id));
        using Stream nuspec = package.GetEntry(id + ".nuspec")!.Open();
        XElement root = XElement.Load(nuspec);
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    /// <summary>The package's own files, without the OPC bookkeeping every package has.</summary>
    private static string[] Contents(ZipArchive package) => package.Entries
        .Select(entry => entry.FullName)
        .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
            && !name.StartsWith("package/", StringComparison.Ordinal)
            && name != "[Content_Types].xml")
        .Order(StringComparer.Ordinal)
        .ToArray();
}

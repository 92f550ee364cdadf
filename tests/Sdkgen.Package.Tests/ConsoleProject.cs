using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Sdkgen.Package.Tests;

/// <summary>A console app in its own folder outside the repository, consuming Sdkgen from the test feed.</summary>
internal sealed class ConsoleProject
{
    public const string SpecFileName = "openapi.yaml";

    private ConsoleProject(string directory) => Directory = directory;

    public string Directory { get; }

    /// <summary>The bundled batch-calling spec, copied next to the project as a user would.</summary>
    public static string BundledSpec => File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "spec", "elevenlabs-batch-calling.yaml"));

    /// <summary>
    /// Writes the project as `dotnet new console` would, plus the given package references and items, with warnings
    /// as errors and the trimming/AOT analyzers on.
    /// </summary>
    public static ConsoleProject Create(PackageFeed feed, string name, string items, string program, string? extraPackages = null)
    {
        ConsoleProject project = new(feed.NewProjectDirectory(name));
        File.WriteAllText(Path.Combine(project.Directory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <IsAotCompatible>true</IsAotCompatible>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Sdkgen" Version="{feed.Version}" />
                {extraPackages}
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project.Directory, SpecFileName), BundledSpec);
        project.WriteProgram(program);
        return project;
    }

    public void WriteProgram(string program) => File.WriteAllText(Path.Combine(Directory, "Program.cs"), program);

    public string ReadSpec() => File.ReadAllText(Path.Combine(Directory, SpecFileName));

    public void WriteSpec(string text) => File.WriteAllText(Path.Combine(Directory, SpecFileName), text);

    public Task<CommandResult> BuildAsync() => DotnetCli.DotnetAsync(Directory, "build");

    /// <summary>Runs the framework-dependent build output.</summary>
    public Task<CommandResult> RunAsync(params string[] arguments)
        => DotnetCli.RunAsync("dotnet", Directory, [Path.Combine("bin", "Debug", "net10.0", "App.dll"), .. arguments]);

    /// <summary>Publishes for this machine's runtime with the given extra properties and runs the native host.</summary>
    public async Task<CommandResult> PublishAndRunAsync(string property, params string[] arguments)
    {
        string output = Path.Combine(Directory, "publish-" + property.Split('=')[0].TrimStart('-', 'p', ':'));
        (await DotnetCli.DotnetAsync(Directory, "publish", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, property, "-o", output))
            .ShouldSucceed($"dotnet publish {property}");
        return await DotnetCli.RunAsync(Path.Combine(output, "App"), Directory, arguments);
    }
}

namespace Sdkgen.Generator.Model;

/// <summary>
/// What the consuming project references, so an integration is generated only for those who have its package
/// (and nobody pays for code they cannot use). Equatable: an edit that keeps the references keeps the cache.
/// </summary>
/// <param name="HttpClientFactory">Microsoft.Extensions.Http: generate <c>services.Add{Client}(...)</c>.</param>
/// <param name="Resilience">Microsoft.Extensions.Http.Resilience: add the standard resilience handler there.</param>
/// <param name="Configuration">Microsoft.Extensions.Configuration.Abstractions: bind the options from <c>IConfiguration</c>.</param>
/// <remarks>
/// A class, not a struct: Roslyn's pipeline types (node tables, builders) over a reference type run the compiler's
/// precompiled shared code, while each struct flowing through the pipeline makes the JIT compile its own copies of them
/// in every cold build.
/// </remarks>
internal sealed record HostFeatures(bool HttpClientFactory, bool Resilience, bool Configuration);

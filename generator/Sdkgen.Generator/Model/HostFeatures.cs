namespace Sdkgen.Generator.Model;

/// <summary>
/// What the consuming project references, so an integration is generated only for those who have its package
/// (and nobody pays for code they cannot use). Equatable: an edit that keeps the references keeps the cache.
/// </summary>
/// <param name="HttpClientFactory">Microsoft.Extensions.Http: generate <c>services.Add{Client}(...)</c>.</param>
/// <param name="Resilience">Microsoft.Extensions.Http.Resilience: add the standard resilience handler there.</param>
/// <param name="Configuration">Microsoft.Extensions.Configuration.Abstractions: bind the options from <c>IConfiguration</c>.</param>
internal readonly record struct HostFeatures(bool HttpClientFactory, bool Resilience, bool Configuration);

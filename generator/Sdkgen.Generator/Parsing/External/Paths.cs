using System;

namespace Sdkgen.Generator.Parsing.External;

/// <summary>File parts of <c>$ref</c> values, resolved against the referencing file's folder.</summary>
internal static class Paths
{
    /// <summary>The absolute, normalised path <paramref name="reference"/> names, or null for a URL (never fetched).</summary>
    public static string? Resolve(string fromFile, string reference)
    {
        if (reference.Length == 0 || reference.Contains("://"))
        {
            return null;
        }

        var folder = System.IO.Path.GetDirectoryName(fromFile) ?? string.Empty;
        try
        {
            return Normalize(System.IO.Path.Combine(folder, Uri.UnescapeDataString(reference)));
        }
#pragma warning disable CA1031 // A malformed path is an unresolved reference, reported where it is used.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    public static string Normalize(string path)
    {
        try
        {
            return System.IO.Path.GetFullPath(path).Replace('\\', '/');
        }
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
            return path.Replace('\\', '/');
        }
    }
}

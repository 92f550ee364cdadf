using System;
using System.Globalization;

namespace BatchCalling.Cli.Output;

/// <summary>How times are written: ISO 8601 UTC in files and JSON, readable UTC in tables.</summary>
internal static class Timestamps
{
    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Readable(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}

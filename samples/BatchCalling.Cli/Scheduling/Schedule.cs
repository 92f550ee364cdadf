using System;
using System.Globalization;

namespace BatchCalling.Cli.Scheduling;

/// <summary>When a batch starts: null time means "now". Timezone is the IANA id sent along for display.</summary>
internal sealed record Schedule(long? UnixTime, string? TimeZoneId)
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>Parses <c>--at "2026-12-01 09:30"</c> in <c>--timezone</c> (IANA id; default the machine's zone).</summary>
    /// <returns>The schedule, or null with <paramref name="error"/>.</returns>
    public static Schedule? Parse(string? at, string? timeZone, DateTimeOffset now, out string? error)
    {
        error = null;
        if (at is null)
        {
            if (timeZone is not null)
            {
                error = "--timezone only applies together with --at";
                return null;
            }

            return new Schedule(null, null);
        }

        if (!DateTime.TryParseExact(at.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            error = $"--at '{at}' is not a date and time like \"2026-12-01 09:30\"";
            return null;
        }

        TimeZoneInfo zone;
        try
        {
            zone = timeZone is null ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            error = $"--timezone '{timeZone}' is not a known time zone; use an IANA id such as Europe/Berlin or America/New_York";
            return null;
        }

        // Clock-change edges: a skipped hour does not exist, a repeated one is ambiguous; say so rather than guess.
        if (zone.IsInvalidTime(local))
        {
            error = $"{at} does not exist in {zone.Id} (the clocks skip that hour)";
            return null;
        }

        TimeSpan offset = zone.IsAmbiguousTime(local) ? MaxOffset(zone.GetAmbiguousTimeOffsets(local)) : zone.GetUtcOffset(local);
        DateTimeOffset start = new(local, offset);
        if (start < now.AddMinutes(-1))
        {
            error = $"--at {at} ({zone.Id}) is in the past ({start.ToUniversalTime():yyyy-MM-dd HH:mm} UTC)";
            return null;
        }

        string id = TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out string? iana) ? iana : zone.Id;
        return new Schedule(start.ToUnixTimeSeconds(), id);
    }

    // The larger offset is the first time the wall clock shows that hour.
    private static TimeSpan MaxOffset(TimeSpan[] offsets)
    {
        TimeSpan max = offsets[0];
        foreach (TimeSpan offset in offsets)
        {
            max = offset > max ? offset : max;
        }

        return max;
    }
}

using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BatchCalling.Cli.Export;
using BatchCalling.Cli.Scheduling;
using Xunit;

namespace BatchCalling.Cli.Tests;

public sealed class ScheduleAndExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_and_timezone_become_unix_seconds_in_that_zone()
    {
        Schedule schedule = Schedule.Parse("2026-12-01 09:30", "Europe/Berlin", Now, out string? error)!;
        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), schedule.UnixTime); // CET = UTC+1
        Assert.Equal("Europe/Berlin", schedule.TimeZoneId);

        Schedule summer = Schedule.Parse("2026-07-01T09:30", "America/New_York", Now, out _)!;
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 13, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), summer.UnixTime); // EDT = UTC-4
    }

    [Fact]
    public void No_at_means_now()
    {
        Schedule schedule = Schedule.Parse(null, null, Now, out _)!;
        Assert.Null(schedule.UnixTime);
    }

    [Theory]
    [InlineData("2026-12-01 09:30", "Mars/Olympus", "not a known time zone")]
    [InlineData("tomorrow", "Europe/Berlin", "is not a date and time")]
    [InlineData("2026-03-29 02:30", "Europe/Berlin", "does not exist in Europe/Berlin")]
    [InlineData("2020-01-01 09:00", "UTC", "is in the past")]
    [InlineData(null, "Europe/Berlin", "--timezone only applies together with --at")]
    public void Bad_schedules_say_why(string? at, string zone, string expected)
    {
        Assert.Null(Schedule.Parse(at, zone, Now, out string? error));
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("+14155552671", "+14155552671")]
    [InlineData("-5", "-5")]
    [InlineData("Ava", "Ava")]
    public void Export_cells_that_look_like_formulas_are_defused(string cell, string expected) =>
        Assert.Equal(expected, CsvDefuser.Defuse(cell));

    [Fact]
    public async Task Export_copy_keeps_the_csv_structure()
    {
        string input = "phone_number,status,name\r\n+14155552671,completed,\"=1+1, \"\"quoted\"\"\"\r\n";
        using MemoryStream source = new(Encoding.UTF8.GetBytes(input));
        using StringWriter output = new();

        int defused = await CsvDefuser.CopyAsync(source, output, CancellationToken.None);

        Assert.Equal(1, defused);
        Assert.Equal("phone_number,status,name\r\n+14155552671,completed,\"'=1+1, \"\"quoted\"\"\"\r\n", output.ToString());
    }
}

using System;
using Microsoft.Extensions.Logging;

namespace Sdkgen.Runtime;

/// <summary>
/// One Debug line per call: method, path template (never the filled path or query, which may hold ids or keys),
/// status and duration.
/// </summary>
internal static partial class ApiCallLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void Completed(ILogger logger, string method, string pathTemplate, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Method} {PathTemplate} failed after {ElapsedMilliseconds:0.0} ms")]
    public static partial void Failed(ILogger logger, string method, string pathTemplate, double elapsedMilliseconds, Exception exception);
}

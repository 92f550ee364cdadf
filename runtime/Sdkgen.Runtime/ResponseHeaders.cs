using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Sdkgen.Runtime;

/// <summary>The headers a caller may see: the response's and its content's, never the request's (which hold the key).</summary>
internal static class ResponseHeaders
{
    /// <summary>Response and content headers, keyed case-insensitively.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Of(HttpResponseMessage response)
    {
        Dictionary<string, IReadOnlyList<string>> headers = new(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in response.Headers)
        {
            headers[header.Key] = [.. header.Value];
        }

        foreach (KeyValuePair<string, IEnumerable<string>> header in response.Content.Headers)
        {
            headers[header.Key] = [.. header.Value];
        }

        return headers;
    }
}

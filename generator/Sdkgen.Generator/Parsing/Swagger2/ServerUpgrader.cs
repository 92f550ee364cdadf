using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Diagnostics;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// <c>host</c> + <c>basePath</c> + each of <c>schemes</c> → one server URL. Where 2.0 leaves a part to "the one used to reach
/// this document", 3.0 says the same with a relative URL: no scheme gives <c>//host/base</c>, no host gives <c>/base</c>.
/// </summary>
internal sealed class ServerUpgrader
{
    private readonly YamlMapping _document;
    private readonly YamlScalar? _host;
    private readonly YamlScalar? _basePath;
    private readonly string _path;

    public ServerUpgrader(ParseContext context, YamlMapping document)
    {
        _document = document;
        _host = document["host"] as YamlScalar is { IsNull: false } host ? host : null;
        _basePath = document["basePath"] as YamlScalar is { IsNull: false } basePath ? basePath : null;
        _path = _basePath?.Value ?? string.Empty;
        if (_path.Length > 0 && !_path.StartsWith("/", StringComparison.Ordinal))
        {
            context.Report(DiagnosticDescriptors.InvalidSchema, _basePath!, $"basePath '{_path}'", "it must start with '/'; one is added");
            _path = "/" + _path;
        }
    }

    /// <summary>The document's servers, or null when it names none of host, basePath and schemes (both versions then mean "where this document is").</summary>
    public YamlSequence? DocumentServers() => Servers(_document["schemes"], (YamlNode?)_host ?? (YamlNode?)_basePath ?? _document["schemes"]);

    /// <summary>
    /// An operation's own <c>schemes</c> replace the document's: its servers are the document's host and path with them.
    /// Null when that changes nothing (the same schemes, or no host to put them on).
    /// </summary>
    public YamlSequence? OperationServers(YamlNode schemes)
    {
        var names = SchemeNames(schemes);
        return _host is null || names.SequenceEqual(SchemeNames(_document["schemes"]), StringComparer.Ordinal) ? null : Servers(schemes, schemes);
    }

    private static IEnumerable<string> SchemeNames(YamlNode? schemes) => Nodes.ItemsOf(schemes).OfType<YamlScalar>().Select(scheme => scheme.Value);

    private YamlSequence? Servers(YamlNode? schemesNode, YamlNode? at)
    {
        if (at is null)
        {
            return null;
        }

        var urls = new List<(string Url, YamlNode At)>();
        var schemes = Nodes.ItemsOf(schemesNode).OfType<YamlScalar>().Where(scheme => !scheme.IsNull).ToList();
        if (_host is null)
        {
            // Without a host a scheme cannot be written down; the path is relative to the document's own location.
            urls.Add((_path.Length > 0 ? _path : "/", (YamlNode?)_basePath ?? at));
        }
        else if (schemes.Count == 0)
        {
            urls.Add(("//" + _host.Value + _path, _host));
        }
        else
        {
            urls.AddRange(schemes.Select(scheme => (scheme.Value + "://" + _host.Value + _path, (YamlNode)scheme)));
        }

        var servers = urls.Select(url => (YamlNode)new MappingBuilder().Add("url", url.At, Nodes.Text(url.Url, url.At)).Build(url.At)).ToList();
        return Nodes.List(servers, at);
    }
}

using System;

namespace Sdkgen.Generator.Parsing.Swagger2;

/// <summary>
/// Rewrites a 2.0 <c>$ref</c> to where the upgrade puts its target: <c>#/definitions/X</c> → <c>#/components/schemas/X</c>,
/// <c>#/parameters/X</c> → <c>#/components/parameters/X</c> (or <c>requestBodies</c> for a body parameter),
/// <c>#/responses/X</c> → <c>#/components/responses/X</c>. The same holds after a file name (<c>common.yaml#/definitions/X</c>),
/// since a sibling 2.0 file is upgraded the same way. Any other pointer is left as written.
/// </summary>
internal sealed class ReferenceRewriter
{
    private readonly ParseContext _source;

    public ReferenceRewriter(ParseContext source) => _source = source;

    public string Rewrite(string reference)
    {
        var hash = reference.IndexOf('#');
        if (hash < 0)
        {
            return reference;
        }

        var file = reference.Substring(0, hash);
        var pointer = reference.Substring(hash + 1);
        return file + "#" + RewritePointer(pointer, isLocal: file.Length == 0);
    }

    /// <summary>A <c>{ $ref: … }</c> mapping with its reference rewritten, at the same place.</summary>
    public YamlMapping RewriteHolder(YamlMapping holder, YamlScalar reference)
        => new MappingBuilder().Add(holder.KeyOf("$ref")!, Nodes.Text(Rewrite(reference.Value), reference)).Build(holder);

    private string RewritePointer(string pointer, bool isLocal)
    {
        if (Replace(pointer, "/definitions/", "/components/schemas/") is { } schema)
        {
            return schema;
        }

        if (Replace(pointer, "/responses/", "/components/responses/") is { } response)
        {
            return response;
        }

        if (Replace(pointer, "/securityDefinitions/", "/components/securitySchemes/") is { } scheme)
        {
            return scheme;
        }

        if (pointer.StartsWith("/parameters/", StringComparison.Ordinal))
        {
            // Only a local target can be looked at; a body parameter becomes a request body component.
            var isBody = isLocal && (_source.ResolvePointer("#" + pointer) as YamlMapping)?.String("in") == "body";
            return Replace(pointer, "/parameters/", isBody ? "/components/requestBodies/" : "/components/parameters/")!;
        }

        return pointer;
    }

    private static string? Replace(string pointer, string prefix, string replacement)
        => pointer.StartsWith(prefix, StringComparison.Ordinal) ? replacement + pointer.Substring(prefix.Length) : null;
}

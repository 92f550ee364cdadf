using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>All the files for one spec: one hint file per type, converter and operation group, in a stable order.</summary>
internal static class ApiEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(ApiSpec api, HostFeatures features)
    {
        var ns = api.Namespace;
        var access = api.Accessibility;
        foreach (var record in api.Records)
        {
            yield return (Hint(ns, record.Name), RecordEmitter.Emit(ns, record, access));
            yield return (Hint(ns + ".Serialization", record.Name + "JsonConverter"), ConverterEmitter.Emit(ns, record, access));
        }

        foreach (var item in api.Enums)
        {
            yield return (Hint(ns, item.Name), EnumEmitter.EmitEnum(ns, item, access));
            yield return (Hint(ns + ".Serialization", item.Name + "JsonConverter"), EnumEmitter.EmitConverter(ns, item, access));
        }

        foreach (var union in api.Unions)
        {
            yield return (Hint(ns, union.Name), UnionEmitter.EmitUnion(ns, union, access));
            yield return (Hint(ns + ".Serialization", union.Name + "JsonConverter"), UnionEmitter.EmitConverter(ns, union, access));
        }

        foreach (var union in api.ObjectUnions)
        {
            yield return (Hint(ns, union.Name), ObjectUnionEmitter.EmitUnion(ns, union, access));
            yield return (Hint(ns + ".Serialization", union.Name + "JsonConverter"), ObjectUnionEmitter.EmitConverter(ns, union, access));
        }

        if (api.Operations.Count == 0 && api.Records.Count == 0 && api.Enums.Count == 0)
        {
            yield break;
        }

        var groups = ClientEmitter.Groups(api);
        var topGroups = groups.Values.Where(group => group.Path.Length == 1).Select(group => group.Path[0]).ToList();
        yield return (Hint(ns, api.ClientName + "Options"), ClientEmitter.EmitOptions(api));
        yield return (Hint(ns, api.ClientName), ClientEmitter.EmitClient(api, topGroups));
        foreach (var group in groups.Values)
        {
            yield return (Hint(ns, ClientEmitter.GroupClassName(group.Path)), ClientEmitter.EmitGroup(api, group.Path, group.Children));
        }

        if (features.HttpClientFactory)
        {
            yield return (Hint(ns, api.ClientName + "ServiceCollectionExtensions"), DependencyInjectionEmitter.Emit(api, features));
        }
    }

    private static string Hint(string ns, string typeName) => $"{ns}.{typeName}.g.cs";
}

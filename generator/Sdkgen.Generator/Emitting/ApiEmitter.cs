using System;
using System.Collections.Generic;
using System.Linq;
using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// Plans the files for one spec: one per type (with its converter), operation group, the client, its options and its DI
/// registration, in a stable order, each with exactly the model it is emitted from.
/// </summary>
internal static class ApiEmitter
{
    public static IEnumerable<FileModel> Plan(ApiSpec api, HostFeatures features)
    {
        var ns = api.Namespace;
        var access = api.Accessibility;
        var files = new List<FileModel>();
        foreach (var record in api.Records)
        {
            files.Add(new RecordFile(Hint(ns, record.Name), ns, access, record));
        }

        foreach (var item in api.Enums)
        {
            files.Add(new EnumFile(Hint(ns, item.Name), ns, access, item));
        }

        foreach (var union in api.Unions)
        {
            files.Add(new UnionFile(Hint(ns, union.Name), ns, access, union));
        }

        foreach (var union in api.ObjectUnions)
        {
            files.Add(new ObjectUnionFile(Hint(ns, union.Name), ns, access, union));
        }

        if (api.Operations.Count > 0 || api.Records.Count > 0 || api.Enums.Count > 0)
        {
            AddClient(files, api, features);
        }

        return Distinct(files);
    }

    private static void AddClient(List<FileModel> files, ApiSpec api, HostFeatures features)
    {
        var ns = api.Namespace;
        var client = new ClientIdentity(ns, api.ClientName, api.Accessibility, api.Auth, api.Servers);
        var classes = GroupClasses(api);
        GroupChild Child(string[] path) => new(path[path.Length - 1], classes[Key(path)]);

        // Each group's operations and child groups, in spec and path order, from one pass over each.
        var operations = new Dictionary<string, List<OperationSpec>>(StringComparer.Ordinal);
        foreach (var operation in api.Operations)
        {
            Bucket(operations, Key(operation.Group)).Add(operation);
        }

        var paths = classes.Keys.Select(key => key.Split('.')).ToList();
        var children = new Dictionary<string, List<GroupChild>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            Bucket(children, Key(path.Take(path.Length - 1))).Add(Child(path));
        }

        files.Add(new OptionsFile(Hint(ns, api.ClientName + "Options"), client));
        files.Add(new ClientFile(
            Hint(ns, api.ClientName),
            client,
            api.Title,
            api.Description,
            Members(children, string.Empty),
            Members(operations, string.Empty)));
        foreach (var path in paths)
        {
            var key = Key(path);
            files.Add(new GroupFile(
                Hint(ns, classes[key]),
                client,
                path.ToEquatableArray(),
                classes[key],
                Members(children, key),
                Members(operations, key)));
        }

        if (features.HttpClientFactory)
        {
            files.Add(new DependencyInjectionFile(Hint(ns, api.ClientName + "ServiceCollectionExtensions"), client, features));
        }
    }

    private static List<T> Bucket<T>(Dictionary<string, List<T>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            buckets[key] = bucket = new List<T>();
        }

        return bucket;
    }

    private static EquatableArray<T> Members<T>(Dictionary<string, List<T>> buckets, string key)
        where T : IEquatable<T>
        => buckets.TryGetValue(key, out var bucket) ? bucket.ToEquatableArray() : EquatableArray<T>.Empty;

    /// <summary>
    /// Every group path (intermediate ones too) → its class: the path joined plus "Client", or plus "Operations" where
    /// that is the client's or a schema type's name.
    /// </summary>
    private static SortedDictionary<string, string> GroupClasses(ApiSpec api)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { api.ClientName, api.ClientName + "Options", api.ClientName + "ServiceCollectionExtensions" };
        taken.UnionWith(api.Records.Select(r => r.Name).Concat(api.Enums.Select(e => e.Name)).Concat(api.Unions.Select(u => u.Name)).Concat(api.ObjectUnions.Select(u => u.Name)));
        var classes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in api.Operations)
        {
            for (var depth = 1; depth <= operation.Group.Count; depth++)
            {
                var path = operation.Group.Take(depth).ToArray();
                if (!classes.ContainsKey(Key(path)))
                {
                    var name = string.Concat(path) + "Client";
                    classes[Key(path)] = Naming.Identifier.Unique(taken.Contains(name) ? string.Concat(path) + "Operations" : name, taken);
                }
            }
        }

        return classes;
    }

    /// <summary>Two files with one hint name would make AddSource throw and lose every SDK in the project.</summary>
    private static IEnumerable<FileModel> Distinct(List<FileModel> files)
    {
        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var hint = file.HintName;
            for (var i = 2; !hints.Add(hint); i++)
            {
                hint = file.HintName.Substring(0, file.HintName.Length - ".g.cs".Length) + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            }

            yield return hint == file.HintName ? file : file with { HintName = hint };
        }
    }

    private static string Key(IEnumerable<string> path) => string.Join(".", path);

    private static string Hint(string ns, string typeName) => $"{ns}.{typeName}.g.cs";
}

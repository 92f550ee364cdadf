using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// One generated file and exactly what it is made from. The pipeline caches each on its own, so an edit to the spec
/// re-emits only the files whose model changed (a description edit touches one record file, not its converter).
/// </summary>
internal abstract record FileModel(string HintName)
{
    public abstract string Emit();
}

internal sealed record RecordFile(string HintName, string Namespace, string Access, RecordSpec Record) : FileModel(HintName)
{
    public override string Emit() => RecordEmitter.Emit(Namespace, Record, Access);
}

internal sealed record RecordConverterFile(string HintName, string Namespace, string Access, RecordSpec Record) : FileModel(HintName)
{
    public override string Emit() => ConverterEmitter.Emit(Namespace, Record, Access);
}

internal sealed record EnumFile(string HintName, string Namespace, string Access, EnumSpec Enum) : FileModel(HintName)
{
    public override string Emit() => EnumEmitter.EmitEnum(Namespace, Enum, Access);
}

internal sealed record EnumConverterFile(string HintName, string Namespace, string Access, EnumSpec Enum) : FileModel(HintName)
{
    public override string Emit() => EnumEmitter.EmitConverter(Namespace, Enum, Access);
}

internal sealed record UnionFile(string HintName, string Namespace, string Access, UnionSpec Union) : FileModel(HintName)
{
    public override string Emit() => UnionEmitter.EmitUnion(Namespace, Union, Access);
}

internal sealed record UnionConverterFile(string HintName, string Namespace, string Access, UnionSpec Union) : FileModel(HintName)
{
    public override string Emit() => UnionEmitter.EmitConverter(Namespace, Union, Access);
}

internal sealed record ObjectUnionFile(string HintName, string Namespace, string Access, ObjectUnionSpec Union) : FileModel(HintName)
{
    public override string Emit() => ObjectUnionEmitter.EmitUnion(Namespace, Union, Access);
}

internal sealed record ObjectUnionConverterFile(string HintName, string Namespace, string Access, ObjectUnionSpec Union) : FileModel(HintName)
{
    public override string Emit() => ObjectUnionEmitter.EmitConverter(Namespace, Union, Access);
}

/// <summary>What the client, its options, its groups and its DI registration share.</summary>
internal sealed record ClientIdentity(string Namespace, string ClientName, string Access, AuthSpec? Auth);

internal sealed record OptionsFile(string HintName, ClientIdentity Client) : FileModel(HintName)
{
    public override string Emit() => ClientEmitter.EmitOptions(Client);
}

/// <param name="Groups">The top-level operation groups, as properties of the client.</param>
/// <param name="Operations">The operations without a group.</param>
internal sealed record ClientFile(string HintName, ClientIdentity Client, string? Title, string? Description, EquatableArray<GroupChild> Groups, EquatableArray<OperationSpec> Operations) : FileModel(HintName)
{
    public override string Emit() => ClientEmitter.EmitClient(this);
}

/// <param name="Path">The group path, e.g. ["ConversationalAi", "BatchCalls"].</param>
/// <param name="ClassName">The group class, named from its path and never like the client or a schema.</param>
/// <param name="Children">Child groups: (property name, class name).</param>
internal sealed record GroupFile(string HintName, ClientIdentity Client, EquatableArray<string> Path, string ClassName, EquatableArray<GroupChild> Children, EquatableArray<OperationSpec> Operations) : FileModel(HintName)
{
    public override string Emit() => ClientEmitter.EmitGroup(this);
}

internal sealed record GroupChild(string Property, string ClassName);

internal sealed record DependencyInjectionFile(string HintName, ClientIdentity Client, HostFeatures Features) : FileModel(HintName)
{
    public override string Emit() => DependencyInjectionEmitter.Emit(Client, Features);
}

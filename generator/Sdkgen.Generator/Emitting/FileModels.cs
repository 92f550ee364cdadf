using Sdkgen.Generator.Model;

namespace Sdkgen.Generator.Emitting;

/// <summary>
/// One generated file and exactly what it is made from. The pipeline caches each on its own, so an edit to the spec
/// re-emits only the files whose model changed (a description edit touches that schema's file alone).
/// </summary>
internal abstract record FileModel(string HintName)
{
    public abstract string Emit();
}

/// <summary>
/// A schema's type and its JSON converter share one file: Roslyn's work per generated file grows with the number of
/// files (each hint name is checked against every earlier one), and a schema's type and converter change together.
/// </summary>
internal abstract record TypeFile(string HintName, string Namespace, string Access) : FileModel(HintName)
{
    public sealed override string Emit()
    {
        var writer = Preamble.File();
        EmitType(writer);
        writer.Line();
        EmitConverter(writer);
        return writer.Finish();
    }

    protected abstract void EmitType(SourceWriter writer);

    protected abstract void EmitConverter(SourceWriter writer);
}

internal sealed record RecordFile(string HintName, string Namespace, string Access, RecordSpec Record) : TypeFile(HintName, Namespace, Access)
{
    protected override void EmitType(SourceWriter writer) => RecordEmitter.Emit(writer, Namespace, Record, Access);

    protected override void EmitConverter(SourceWriter writer) => ConverterEmitter.Emit(writer, Namespace, Record, Access);
}

internal sealed record EnumFile(string HintName, string Namespace, string Access, EnumSpec Enum) : TypeFile(HintName, Namespace, Access)
{
    protected override void EmitType(SourceWriter writer) => EnumEmitter.EmitEnum(writer, Namespace, Enum, Access);

    protected override void EmitConverter(SourceWriter writer) => EnumEmitter.EmitConverter(writer, Namespace, Enum, Access);
}

internal sealed record UnionFile(string HintName, string Namespace, string Access, UnionSpec Union) : TypeFile(HintName, Namespace, Access)
{
    protected override void EmitType(SourceWriter writer) => UnionEmitter.EmitUnion(writer, Namespace, Union, Access);

    protected override void EmitConverter(SourceWriter writer) => UnionEmitter.EmitConverter(writer, Namespace, Union, Access);
}

internal sealed record ObjectUnionFile(string HintName, string Namespace, string Access, ObjectUnionSpec Union) : TypeFile(HintName, Namespace, Access)
{
    protected override void EmitType(SourceWriter writer) => ObjectUnionEmitter.EmitUnion(writer, Namespace, Union, Access);

    protected override void EmitConverter(SourceWriter writer) => ObjectUnionEmitter.EmitConverter(writer, Namespace, Union, Access);
}

/// <summary>What the client, its options, its groups and its DI registration share.</summary>
/// <param name="Servers">The spec's servers: the options list them, the client falls back on the first.</param>
internal sealed record ClientIdentity(string Namespace, string ClientName, string Access, AuthSpec? Auth, EquatableArray<string> Servers);

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

using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// One field of a value object or event being read, kept in its own type until the constructor runs: a frame of slots
/// (one per member) is filled by the members' typed readers, then a constructor compiled per type takes each argument
/// from its slot, so no value is boxed on the way.
/// </summary>
internal abstract class Slot
{
    /// <summary>Gets whether the slot holds <see langword="null"/>.</summary>
    public abstract bool IsNull { get; }

    /// <summary>Gets the value, boxed (for restorers and setters of value types only).</summary>
    public abstract object? Boxed { get; }

    /// <summary>Reads the value at the reader's current token into the slot, leaving the reader on the value's last token.</summary>
    public abstract void Read(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Puts the value a constructor parameter takes when its field is absent.</summary>
    public abstract void SetAbsent();

    /// <summary>Drops the value, so that a pooled frame keeps no stored text alive.</summary>
    public abstract void Clear();

    /// <summary>A slot for a member of <paramref name="type"/>, its reader shared at <paramref name="index"/> of <paramref name="readers"/>.</summary>
    public static Slot For(Type type, MemberReader?[] readers, int index, object? absent)
        => (Slot)Activator.CreateInstance(typeof(Slot<>).MakeGenericType(type), readers, index, absent)!;
}

/// <summary>A slot holding a <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TValue">The member's type.</typeparam>
internal sealed class Slot<TValue> : Slot
{
    private readonly MemberReader?[] _readers;
    private readonly int _index;
    private readonly TValue _absent;
    private TypedMemberReader<TValue>? _typed;
    private MemberReader? _untyped;

    /// <summary>The value read (the compiled constructor reads this field).</summary>
    public TValue Value = default!;

    public Slot(MemberReader?[] readers, int index, object? absent)
    {
        _readers = readers;
        _index = index;
        _absent = absent is TValue value ? value : default!;
    }

    public override bool IsNull => Value is null;

    public override object? Boxed => Value;

    public override void Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (_typed is { } typed)
        {
            Value = typed.ReadValue(ref reader, options);
            return;
        }

        var read = _untyped ??= _readers[_index] ??= MemberReader.For(typeof(TValue), options);
        _typed = read as TypedMemberReader<TValue>;
        // A sequence a constructor takes as an interface is read as an immutable array, boxed once, as any interface.
        Value = _typed is not null ? _typed.ReadValue(ref reader, options) : (TValue)read.Read(ref reader, options)!;
    }

    public override void SetAbsent() => Value = _absent;

    public override void Clear() => Value = default!;
}

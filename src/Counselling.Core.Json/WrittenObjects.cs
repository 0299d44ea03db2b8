using System;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace Counselling.Core.Json;

/// <summary>
/// A value object written <c>{"name":value,…}</c> as <see cref="CanonicalObjectReader{T}"/> reads it with the JSON
/// reader: its constructor's fields in order, each once, one that may be absent left out or given, nothing unknown; each
/// field read from its bytes, and the value built by the same constructor.
/// </summary>
/// <typeparam name="T">The value object's type.</typeparam>
internal abstract class WrittenObject<T> : WrittenValue<T>
{
    /// <summary>Each field's <c>"name":</c>.</summary>
    private readonly byte[][] _names;
    private readonly bool[] _refusesNull;
    private readonly bool[] _mayBeAbsent;

    protected WrittenObject(byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, int depth)
    {
        _names = [.. names.Select(n => (byte[])[(byte)'"', .. n, (byte)'"', (byte)':'])];
        _refusesNull = refusesNull;
        _mayBeAbsent = mayBeAbsent;
        Depth = depth;
    }

    public sealed override int Depth { get; }

    /// <summary>
    /// The reader of <typeparamref name="T"/> built by <paramref name="constructor"/> from fields read by
    /// <paramref name="fields"/> (a <see cref="WrittenValue{T}"/> of each parameter's type), or <see langword="null"/> when it
    /// takes more fields than a written reader does.
    /// </summary>
    public static WrittenObject<T>? Create(ConstructorInfo constructor, byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, object?[] absentValues, object[] fields)
    {
        var types = constructor.GetParameters().Select(p => p.ParameterType).ToArray();
        var readerType = types.Length switch
        {
            1 => typeof(WrittenObject<,>),
            2 => typeof(WrittenObject<,,>),
            3 => typeof(WrittenObject<,,,>),
            4 => typeof(WrittenObject<,,,,>),
            5 => typeof(WrittenObject<,,,,,>),
            _ => null,
        };
        if (readerType is null)
        {
            return null;
        }

        var parameters = types.Select(t => Expression.Parameter(t)).ToArray();
        var construct = TrustedConstruction.For(typeof(T), fields) ?? Expression.Lambda(
            Expression.GetFuncType([.. types, typeof(T)]), Expression.New(constructor, parameters), parameters).Compile();
        var depth = 1 + fields.Max(f => (int)f.GetType().GetProperty(nameof(Depth))!.GetValue(f)!);
        var absents = types.Select((t, i) => absentValues[i] ?? (t.IsValueType ? Activator.CreateInstance(t) : null)).ToArray();
        return (WrittenObject<T>)Activator.CreateInstance(
            readerType.MakeGenericType([typeof(T), .. types]),
            [names, refusesNull, mayBeAbsent, depth, .. fields, .. absents, construct])!;
    }

    /// <summary>Reads the opening brace.</summary>
    protected static bool TryOpen(ReadOnlySpan<byte> payload, ref int offset, out bool first)
    {
        first = true;
        if (!Is(payload, offset, (byte)'{'))
        {
            return false;
        }

        offset++;
        return true;
    }

    /// <summary>Reads the closing brace.</summary>
    protected static bool TryClose(ReadOnlySpan<byte> payload, ref int offset)
    {
        if (!Is(payload, offset, (byte)'}'))
        {
            return false;
        }

        offset++;
        return true;
    }

    /// <summary>
    /// Reads the field at <paramref name="index"/> when it comes next (after a comma unless it is the <paramref name="first"/>
    /// given); when something else comes, the field is absent, which only a field that may be absent is.
    /// </summary>
    protected bool TryField<TField>(WrittenValue<TField> reader, int index, TField absent, ReadOnlySpan<byte> payload, ref int offset, ref bool first, out TField value)
    {
        var at = first ? offset : offset + 1;
        if ((first || Is(payload, offset, (byte)',')) && payload[at..].StartsWith(_names[index]))
        {
            at += _names[index].Length;
            if (!reader.TryRead(payload, ref at, out value) || (_refusesNull[index] && value is null))
            {
                return false;
            }

            offset = at;
            first = false;
            return true;
        }

        value = absent;
        return _mayBeAbsent[index];
    }
}

/// <summary>A <see cref="WrittenObject{T}"/> of a value object with 1 field.</summary>
/// <typeparam name="T">The value object's type.</typeparam>
/// <typeparam name="T1">The type of field 1.</typeparam>
internal sealed class WrittenObject<T, T1> : WrittenObject<T>
{
    private readonly WrittenValue<T1> _f1;
    private readonly T1 _absent1;
    private readonly Func<T1, T> _construct;

    public WrittenObject(byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, int depth, WrittenValue<T1> f1, T1 absent1, Func<T1, T> construct)
        : base(names, refusesNull, mayBeAbsent, depth)
    {
        _f1 = f1;
        _absent1 = absent1;
        _construct = construct;
    }

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        var at = offset;
        if (TryOpen(payload, ref at, out var first) && TryField(_f1, 0, _absent1, payload, ref at, ref first, out var v1) && TryClose(payload, ref at))
        {
            value = _construct(v1);
            offset = at;
            return true;
        }

        value = default!;
        return false;
    }
}

/// <summary>A <see cref="WrittenObject{T}"/> of a value object with 2 fields.</summary>
/// <typeparam name="T">The value object's type.</typeparam>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
internal sealed class WrittenObject<T, T1, T2> : WrittenObject<T>
{
    private readonly WrittenValue<T1> _f1;
    private readonly T1 _absent1;
    private readonly WrittenValue<T2> _f2;
    private readonly T2 _absent2;
    private readonly Func<T1, T2, T> _construct;

    public WrittenObject(byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, int depth, WrittenValue<T1> f1, WrittenValue<T2> f2, T1 absent1, T2 absent2, Func<T1, T2, T> construct)
        : base(names, refusesNull, mayBeAbsent, depth)
    {
        _f1 = f1;
        _absent1 = absent1;
        _f2 = f2;
        _absent2 = absent2;
        _construct = construct;
    }

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        var at = offset;
        if (TryOpen(payload, ref at, out var first) && TryField(_f1, 0, _absent1, payload, ref at, ref first, out var v1) && TryField(_f2, 1, _absent2, payload, ref at, ref first, out var v2) && TryClose(payload, ref at))
        {
            value = _construct(v1, v2);
            offset = at;
            return true;
        }

        value = default!;
        return false;
    }
}

/// <summary>A <see cref="WrittenObject{T}"/> of a value object with 3 fields.</summary>
/// <typeparam name="T">The value object's type.</typeparam>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
internal sealed class WrittenObject<T, T1, T2, T3> : WrittenObject<T>
{
    private readonly WrittenValue<T1> _f1;
    private readonly T1 _absent1;
    private readonly WrittenValue<T2> _f2;
    private readonly T2 _absent2;
    private readonly WrittenValue<T3> _f3;
    private readonly T3 _absent3;
    private readonly Func<T1, T2, T3, T> _construct;

    public WrittenObject(byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, int depth, WrittenValue<T1> f1, WrittenValue<T2> f2, WrittenValue<T3> f3, T1 absent1, T2 absent2, T3 absent3, Func<T1, T2, T3, T> construct)
        : base(names, refusesNull, mayBeAbsent, depth)
    {
        _f1 = f1;
        _absent1 = absent1;
        _f2 = f2;
        _absent2 = absent2;
        _f3 = f3;
        _absent3 = absent3;
        _construct = construct;
    }

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        var at = offset;
        if (TryOpen(payload, ref at, out var first) && TryField(_f1, 0, _absent1, payload, ref at, ref first, out var v1) && TryField(_f2, 1, _absent2, payload, ref at, ref first, out var v2) && TryField(_f3, 2, _absent3, payload, ref at, ref first, out var v3) && TryClose(payload, ref at))
        {
            value = _construct(v1, v2, v3);
            offset = at;
            return true;
        }

        value = default!;
        return false;
    }
}

/// <summary>A <see cref="WrittenObject{T}"/> of a value object with 4 fields.</summary>
/// <typeparam name="T">The value object's type.</typeparam>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
/// <typeparam name="T4">The type of field 4.</typeparam>
internal sealed class WrittenObject<T, T1, T2, T3, T4> : WrittenObject<T>
{
    private readonly WrittenValue<T1> _f1;
    private readonly T1 _absent1;
    private readonly WrittenValue<T2> _f2;
    private readonly T2 _absent2;
    private readonly WrittenValue<T3> _f3;
    private readonly T3 _absent3;
    private readonly WrittenValue<T4> _f4;
    private readonly T4 _absent4;
    private readonly Func<T1, T2, T3, T4, T> _construct;

    public WrittenObject(byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, int depth, WrittenValue<T1> f1, WrittenValue<T2> f2, WrittenValue<T3> f3, WrittenValue<T4> f4, T1 absent1, T2 absent2, T3 absent3, T4 absent4, Func<T1, T2, T3, T4, T> construct)
        : base(names, refusesNull, mayBeAbsent, depth)
    {
        _f1 = f1;
        _absent1 = absent1;
        _f2 = f2;
        _absent2 = absent2;
        _f3 = f3;
        _absent3 = absent3;
        _f4 = f4;
        _absent4 = absent4;
        _construct = construct;
    }

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        var at = offset;
        if (TryOpen(payload, ref at, out var first) && TryField(_f1, 0, _absent1, payload, ref at, ref first, out var v1) && TryField(_f2, 1, _absent2, payload, ref at, ref first, out var v2) && TryField(_f3, 2, _absent3, payload, ref at, ref first, out var v3) && TryField(_f4, 3, _absent4, payload, ref at, ref first, out var v4) && TryClose(payload, ref at))
        {
            value = _construct(v1, v2, v3, v4);
            offset = at;
            return true;
        }

        value = default!;
        return false;
    }
}

/// <summary>A <see cref="WrittenObject{T}"/> of a value object with 5 fields.</summary>
/// <typeparam name="T">The value object's type.</typeparam>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
/// <typeparam name="T4">The type of field 4.</typeparam>
/// <typeparam name="T5">The type of field 5.</typeparam>
internal sealed class WrittenObject<T, T1, T2, T3, T4, T5> : WrittenObject<T>
{
    private readonly WrittenValue<T1> _f1;
    private readonly T1 _absent1;
    private readonly WrittenValue<T2> _f2;
    private readonly T2 _absent2;
    private readonly WrittenValue<T3> _f3;
    private readonly T3 _absent3;
    private readonly WrittenValue<T4> _f4;
    private readonly T4 _absent4;
    private readonly WrittenValue<T5> _f5;
    private readonly T5 _absent5;
    private readonly Func<T1, T2, T3, T4, T5, T> _construct;

    public WrittenObject(byte[][] names, bool[] refusesNull, bool[] mayBeAbsent, int depth, WrittenValue<T1> f1, WrittenValue<T2> f2, WrittenValue<T3> f3, WrittenValue<T4> f4, WrittenValue<T5> f5, T1 absent1, T2 absent2, T3 absent3, T4 absent4, T5 absent5, Func<T1, T2, T3, T4, T5, T> construct)
        : base(names, refusesNull, mayBeAbsent, depth)
    {
        _f1 = f1;
        _absent1 = absent1;
        _f2 = f2;
        _absent2 = absent2;
        _f3 = f3;
        _absent3 = absent3;
        _f4 = f4;
        _absent4 = absent4;
        _f5 = f5;
        _absent5 = absent5;
        _construct = construct;
    }

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        var at = offset;
        if (TryOpen(payload, ref at, out var first) && TryField(_f1, 0, _absent1, payload, ref at, ref first, out var v1) && TryField(_f2, 1, _absent2, payload, ref at, ref first, out var v2) && TryField(_f3, 2, _absent3, payload, ref at, ref first, out var v3) && TryField(_f4, 3, _absent4, payload, ref at, ref first, out var v4) && TryField(_f5, 4, _absent5, payload, ref at, ref first, out var v5) && TryClose(payload, ref at))
        {
            value = _construct(v1, v2, v3, v4, v5);
            offset = at;
            return true;
        }

        value = default!;
        return false;
    }
}

using System;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Core.Json;

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 0 fields before <c>at</c> and <c>by</c>.</summary>
internal sealed class CanonicalEventReader0 : CanonicalEventReader
{
    private readonly Func<Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader0(JsonSerializerOptions options, Func<Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
        => TryReadWrittenTail(rest, 0, out var at, out var by, out var position) ? _construct(at, by, position) : null;
}

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 1 field before <c>at</c> and <c>by</c>.</summary>
/// <typeparam name="T1">The type of field 1.</typeparam>
internal sealed class CanonicalEventReader<T1> : CanonicalEventReader
{
    private readonly CanonicalField<T1> _f1;
    private readonly Func<T1, Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader(JsonSerializerOptions options, CanonicalField<T1> f1, Func<T1, Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _f1 = f1;
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => _f1.TryRead(ref reader, ref payload, options, out var v1) && TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(v1, at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        return _f1.TryReadWritten(rest, ref offset, out var v1) && TryReadWrittenTail(rest, offset, out var at, out var by, out var position)
            ? _construct(v1, at, by, position)
            : null;
    }
}

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 2 fields before <c>at</c> and <c>by</c>.</summary>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
internal sealed class CanonicalEventReader<T1, T2> : CanonicalEventReader
{
    private readonly CanonicalField<T1> _f1;
    private readonly CanonicalField<T2> _f2;
    private readonly Func<T1, T2, Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader(JsonSerializerOptions options, CanonicalField<T1> f1, CanonicalField<T2> f2, Func<T1, T2, Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _f1 = f1;
        _f2 = f2;
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => _f1.TryRead(ref reader, ref payload, options, out var v1) && _f2.TryRead(ref reader, ref payload, options, out var v2) && TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(v1, v2, at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        return _f1.TryReadWritten(rest, ref offset, out var v1) && _f2.TryReadWritten(rest, ref offset, out var v2) && TryReadWrittenTail(rest, offset, out var at, out var by, out var position)
            ? _construct(v1, v2, at, by, position)
            : null;
    }
}

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 3 fields before <c>at</c> and <c>by</c>.</summary>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
internal sealed class CanonicalEventReader<T1, T2, T3> : CanonicalEventReader
{
    private readonly CanonicalField<T1> _f1;
    private readonly CanonicalField<T2> _f2;
    private readonly CanonicalField<T3> _f3;
    private readonly Func<T1, T2, T3, Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader(JsonSerializerOptions options, CanonicalField<T1> f1, CanonicalField<T2> f2, CanonicalField<T3> f3, Func<T1, T2, T3, Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _f1 = f1;
        _f2 = f2;
        _f3 = f3;
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => _f1.TryRead(ref reader, ref payload, options, out var v1) && _f2.TryRead(ref reader, ref payload, options, out var v2) && _f3.TryRead(ref reader, ref payload, options, out var v3) && TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        return _f1.TryReadWritten(rest, ref offset, out var v1) && _f2.TryReadWritten(rest, ref offset, out var v2) && _f3.TryReadWritten(rest, ref offset, out var v3) && TryReadWrittenTail(rest, offset, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, at, by, position)
            : null;
    }
}

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 4 fields before <c>at</c> and <c>by</c>.</summary>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
/// <typeparam name="T4">The type of field 4.</typeparam>
internal sealed class CanonicalEventReader<T1, T2, T3, T4> : CanonicalEventReader
{
    private readonly CanonicalField<T1> _f1;
    private readonly CanonicalField<T2> _f2;
    private readonly CanonicalField<T3> _f3;
    private readonly CanonicalField<T4> _f4;
    private readonly Func<T1, T2, T3, T4, Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader(JsonSerializerOptions options, CanonicalField<T1> f1, CanonicalField<T2> f2, CanonicalField<T3> f3, CanonicalField<T4> f4, Func<T1, T2, T3, T4, Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _f1 = f1;
        _f2 = f2;
        _f3 = f3;
        _f4 = f4;
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => _f1.TryRead(ref reader, ref payload, options, out var v1) && _f2.TryRead(ref reader, ref payload, options, out var v2) && _f3.TryRead(ref reader, ref payload, options, out var v3) && _f4.TryRead(ref reader, ref payload, options, out var v4) && TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, v4, at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        return _f1.TryReadWritten(rest, ref offset, out var v1) && _f2.TryReadWritten(rest, ref offset, out var v2) && _f3.TryReadWritten(rest, ref offset, out var v3) && _f4.TryReadWritten(rest, ref offset, out var v4) && TryReadWrittenTail(rest, offset, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, v4, at, by, position)
            : null;
    }
}

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 5 fields before <c>at</c> and <c>by</c>.</summary>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
/// <typeparam name="T4">The type of field 4.</typeparam>
/// <typeparam name="T5">The type of field 5.</typeparam>
internal sealed class CanonicalEventReader<T1, T2, T3, T4, T5> : CanonicalEventReader
{
    private readonly CanonicalField<T1> _f1;
    private readonly CanonicalField<T2> _f2;
    private readonly CanonicalField<T3> _f3;
    private readonly CanonicalField<T4> _f4;
    private readonly CanonicalField<T5> _f5;
    private readonly Func<T1, T2, T3, T4, T5, Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader(JsonSerializerOptions options, CanonicalField<T1> f1, CanonicalField<T2> f2, CanonicalField<T3> f3, CanonicalField<T4> f4, CanonicalField<T5> f5, Func<T1, T2, T3, T4, T5, Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _f1 = f1;
        _f2 = f2;
        _f3 = f3;
        _f4 = f4;
        _f5 = f5;
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => _f1.TryRead(ref reader, ref payload, options, out var v1) && _f2.TryRead(ref reader, ref payload, options, out var v2) && _f3.TryRead(ref reader, ref payload, options, out var v3) && _f4.TryRead(ref reader, ref payload, options, out var v4) && _f5.TryRead(ref reader, ref payload, options, out var v5) && TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, v4, v5, at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        return _f1.TryReadWritten(rest, ref offset, out var v1) && _f2.TryReadWritten(rest, ref offset, out var v2) && _f3.TryReadWritten(rest, ref offset, out var v3) && _f4.TryReadWritten(rest, ref offset, out var v4) && _f5.TryReadWritten(rest, ref offset, out var v5) && TryReadWrittenTail(rest, offset, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, v4, v5, at, by, position)
            : null;
    }
}

/// <summary>A <see cref="CanonicalEventReader"/> of an event with 6 fields before <c>at</c> and <c>by</c>.</summary>
/// <typeparam name="T1">The type of field 1.</typeparam>
/// <typeparam name="T2">The type of field 2.</typeparam>
/// <typeparam name="T3">The type of field 3.</typeparam>
/// <typeparam name="T4">The type of field 4.</typeparam>
/// <typeparam name="T5">The type of field 5.</typeparam>
/// <typeparam name="T6">The type of field 6.</typeparam>
internal sealed class CanonicalEventReader<T1, T2, T3, T4, T5, T6> : CanonicalEventReader
{
    private readonly CanonicalField<T1> _f1;
    private readonly CanonicalField<T2> _f2;
    private readonly CanonicalField<T3> _f3;
    private readonly CanonicalField<T4> _f4;
    private readonly CanonicalField<T5> _f5;
    private readonly CanonicalField<T6> _f6;
    private readonly Func<T1, T2, T3, T4, T5, T6, Instant, Actor, int, InterventionEvent> _construct;

    public CanonicalEventReader(JsonSerializerOptions options, CanonicalField<T1> f1, CanonicalField<T2> f2, CanonicalField<T3> f3, CanonicalField<T4> f4, CanonicalField<T5> f5, CanonicalField<T6> f6, Func<T1, T2, T3, T4, T5, T6, Instant, Actor, int, InterventionEvent> construct)
        : base(options)
    {
        _f1 = f1;
        _f2 = f2;
        _f3 = f3;
        _f4 = f4;
        _f5 = f5;
        _f6 = f6;
        _construct = construct;
    }

    public override InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
        => _f1.TryRead(ref reader, ref payload, options, out var v1) && _f2.TryRead(ref reader, ref payload, options, out var v2) && _f3.TryRead(ref reader, ref payload, options, out var v3) && _f4.TryRead(ref reader, ref payload, options, out var v4) && _f5.TryRead(ref reader, ref payload, options, out var v5) && _f6.TryRead(ref reader, ref payload, options, out var v6) && TryReadTail(ref reader, payload, options, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, v4, v5, v6, at, by, position)
            : null;

    public override InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        return _f1.TryReadWritten(rest, ref offset, out var v1) && _f2.TryReadWritten(rest, ref offset, out var v2) && _f3.TryReadWritten(rest, ref offset, out var v3) && _f4.TryReadWritten(rest, ref offset, out var v4) && _f5.TryReadWritten(rest, ref offset, out var v5) && _f6.TryReadWritten(rest, ref offset, out var v6) && TryReadWrittenTail(rest, offset, out var at, out var by, out var position)
            ? _construct(v1, v2, v3, v4, v5, v6, at, by, position)
            : null;
    }
}

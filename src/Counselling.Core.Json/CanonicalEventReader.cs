using System;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Core.Json;

/// <summary>
/// Reads a concrete event stored exactly as this package writes it, in one straight pass: its fields in the written
/// order, each once, none missing, none unknown, none escaped, then <c>at</c>, <c>by</c> and the optional
/// <c>position</c>. Each field is read by the same typed reader the general binder uses, and the event is built by its
/// constructor, so what is read is what the general binder reads. Anything else (another order, an unknown or missing
/// field, a field twice, a <see langword="null"/> where none is allowed, a value the domain refuses) gives
/// <see langword="null"/>, and the caller reads the event again with the general binder, which accepts or refuses it
/// with its own error.
/// </summary>
internal abstract class CanonicalEventReader
{
    /// <summary>The most fields before <c>at</c> and <c>by</c> a canonical reader takes.</summary>
    private const int MostLeadingFields = 6;

    /// <summary>The JSON reader's depth when the options leave it at 0.</summary>
    private const int DefaultMaxDepth = 64;

    private readonly CanonicalField<Instant> _at;
    private readonly CanonicalField<Actor> _by;
    private readonly byte[] _position;
    private readonly TypedMemberReader<int> _positionReader;

    /// <summary>The reader of the written end from the payload's bytes, or <see langword="null"/> when the options do not fit it.</summary>
    private readonly WrittenTail? _tail;

    protected CanonicalEventReader(JsonSerializerOptions options)
    {
        _at = CanonicalField<Instant>.Of(nameof(InterventionEvent.At), refusesNull: false, options)!;
        _by = CanonicalField<Actor>.Of(nameof(InterventionEvent.By), refusesNull: false, options)!;
        _position = System.Text.Encoding.UTF8.GetBytes(JsonName(nameof(InterventionEvent.Position), options));
        _positionReader = (TypedMemberReader<int>)MemberReader.For(typeof(int), options);
        _tail = WrittenTail.For(options);
    }

    /// <summary>
    /// Reads the event's fields after its <c>"$type"</c> (the reader is on the discriminator's value) up to its end
    /// object; <see langword="null"/> when the stored object is not in the written form. May throw what a field's reader
    /// or the event's constructor throws: the caller reads the event again with the general binder then.
    /// </summary>
    public InterventionEvent? Read(ref Utf8JsonReader reader, JsonSerializerOptions options) => Read(ref reader, default, options);

    /// <summary>
    /// Reads the event as <see cref="Read(ref Utf8JsonReader, JsonSerializerOptions)"/> does; <paramref name="payload"/>,
    /// when not empty, is the whole stored text the reader reads from its start, in one piece: the end every event shares
    /// is then read from its bytes when written so, and the reader is left on the event's end object.
    /// </summary>
    public abstract InterventionEvent? Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options);

    /// <summary>
    /// Gets whether the reader reads the whole event from the payload's bytes (<see cref="ReadWritten"/>): every field it
    /// reads has a reader from bytes, as the end has, within the options' depth.
    /// </summary>
    public bool ReadsWrittenForm { get; private set; }

    /// <summary>
    /// Reads the event from <paramref name="rest"/>, the payload's bytes after its discriminator's value, without the JSON
    /// reader, when every field and the end are written exactly in the written form and the closing brace is the payload's
    /// last byte; <see langword="null"/> otherwise (the JSON reader then reads it). May throw what a constructor throws.
    /// </summary>
    public abstract InterventionEvent? ReadWritten(ReadOnlySpan<byte> rest);

    /// <summary>
    /// The canonical reader of an event type, or <see langword="null"/> when the type does not fit one: its binding
    /// constructor must end with <c>(Instant At, Actor By)</c>, take at most six fields before them, each read by a typed
    /// reader, and the type must have no settable member but its position and its constructor's fields.
    /// </summary>
    public static CanonicalEventReader? For(Type type, JsonSerializerOptions options)
    {
        var constructor = Members.BindingConstructor(type);
        var parameters = constructor?.GetParameters() ?? [];
        if (constructor is null || parameters.Length < 2 || parameters.Length - 2 > MostLeadingFields
            || !Is(parameters[^2], typeof(Instant), nameof(InterventionEvent.At)) || !Is(parameters[^1], typeof(Actor), nameof(InterventionEvent.By))
            || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetSetMethod() is not null && p.Name != nameof(InterventionEvent.Position)
                && !Array.Exists(parameters, q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        var leading = parameters[..^2];
        var fields = new object[leading.Length];
        for (var i = 0; i < leading.Length; i++)
        {
            var parameter = leading[i];
            var refusesNull = !parameter.ParameterType.IsValueType && !parameter.HasDefaultValue && !Members.AcceptsNull(parameter);
            var field = typeof(CanonicalField<>).MakeGenericType(parameter.ParameterType)
                .GetMethod(nameof(CanonicalField<int>.Of), BindingFlags.Public | BindingFlags.Static)!
                .Invoke(null, [Members.Property(type, parameter.Name)!.Name, refusesNull, options]);
            if (field is null)
            {
                return null;
            }

            fields[i] = field;
        }

        var readerType = leading.Length switch
        {
            0 => typeof(CanonicalEventReader0),
            1 => typeof(CanonicalEventReader<>),
            2 => typeof(CanonicalEventReader<,>),
            3 => typeof(CanonicalEventReader<,,>),
            4 => typeof(CanonicalEventReader<,,,>),
            5 => typeof(CanonicalEventReader<,,,,>),
            _ => typeof(CanonicalEventReader<,,,,,>),
        };
        if (readerType.IsGenericTypeDefinition)
        {
            readerType = readerType.MakeGenericType([.. leading.Select(p => p.ParameterType)]);
        }

        var reader = (CanonicalEventReader)Activator.CreateInstance(readerType, [options, .. fields, Construct(type, constructor)])!;
        var maxDepth = options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth;
        reader.ReadsWrittenForm = reader._tail is not null
            && Array.TrueForAll(fields, f => ((IWrittenField)f).WrittenDepth is { } depth && depth + 1 <= maxDepth);
        return reader;
    }

    /// <summary>Reads the end from <paramref name="rest"/>'s bytes at <paramref name="offset"/>, up to the closing brace, its last byte.</summary>
    protected bool TryReadWrittenTail(ReadOnlySpan<byte> rest, int offset, out Instant at, out Actor by, out int position)
        => _tail!.TryRead(rest[offset..], out at, out by, out position, out _);

    /// <summary>Reads <c>at</c>, <c>by</c>, the optional <c>position</c> and the end of the object.</summary>
    protected bool TryReadTail(ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options, out Instant at, out Actor by, out int position)
    {
        if (_tail is not null && !payload.IsEmpty && !reader.HasValueSequence
            && _tail.TryRead(payload[(int)reader.BytesConsumed..], out at, out by, out position, out var closing))
        {
            // The reader goes on from the event's closing brace, in the state it had after the last leading field.
            reader = new Utf8JsonReader(payload[((int)reader.BytesConsumed + closing)..], isFinalBlock: true, reader.CurrentState);
            return reader.Read() && reader.TokenType == JsonTokenType.EndObject;
        }

        position = 0;
        by = default;
        if (!_at.TryRead(ref reader, options, out at) || !_by.TryRead(ref reader, options, out by) || !reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return true;
        }

        if (!IsName(ref reader, _position) || !reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        position = _positionReader.ReadValue(ref reader, options);
        return reader.Read() && reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Whether the reader is on the property name <paramref name="utf8Name"/>, written plainly (not escaped).</summary>
    internal static bool IsName(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Name)
        => reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped && !reader.HasValueSequence
           && reader.ValueSpan.SequenceEqual(utf8Name);

    /// <summary>A member's JSON name under the options' naming policy, as the general binder names it.</summary>
    internal static string JsonName(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    private static bool Is(ParameterInfo parameter, Type type, string name)
        => parameter.ParameterType == type && string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>(f0, …, at, by, position) => new T(f0, …, at, by) { Position = position }</c>, compiled once.</summary>
    private static Delegate Construct(Type type, ConstructorInfo constructor)
    {
        var parameters = constructor.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToList();
        var position = Expression.Parameter(typeof(int), "position");
        var body = Expression.MemberInit(
            Expression.New(constructor, parameters),
            Expression.Bind(type.GetProperty(nameof(InterventionEvent.Position))!, position));
        var delegateType = Expression.GetFuncType([.. parameters.Select(p => p.Type), typeof(int), typeof(InterventionEvent)]);
        return Expression.Lambda(delegateType, Expression.Convert(body, typeof(InterventionEvent)), [.. parameters, position]).Compile();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Counselling.Core.Json;

/// <summary>
/// Writes a value object as its constructor's fields plus its settable properties; reads it back by calling that
/// constructor and then the setters, so every check the domain makes runs. A missing required field, a
/// <see langword="null"/> where none is allowed or a value the domain refuses gives a <see cref="JsonException"/> naming
/// the type and field (never the value).
/// </summary>
internal sealed class DomainObjectConverter<T> : JsonConverter<T>
{
    private const int SetterIndex = -1;
    private const int RestoredIndex = -2;

    private readonly ConstructorInfo _constructor;
    private readonly ParameterInfo[] _parameters;
    private readonly Member[] _members;
    private readonly Restorer? _restorer;

    /// <summary>Per constructor parameter, the argument when the field is absent, or <see langword="null"/> when it is required.</summary>
    private readonly Absent?[] _absent;

    /// <summary>Per member, its JSON name under the options' naming policy.</summary>
    private readonly string[] _names;
    private readonly JsonEncodedText[] _encodedNames;

    /// <summary>Per member, its JSON name in UTF-8, matched against the reader's bytes without making a string.</summary>
    private readonly byte[][] _utf8Names;

    /// <summary>The constructor and setters compiled once, rather than invoked by reflection per value.</summary>
    private readonly Func<object?[], object> _construct;
    private readonly Action<object, object?>?[] _setters;

    /// <summary>Per constructor parameter, whether it takes no <see langword="null"/> (a reference not annotated nullable).</summary>
    private readonly bool[] _refusesNull;

    /// <summary>For an event, its discriminator, which the stored object may repeat (once) and must then name this type.</summary>
    private readonly string? _discriminator;

    /// <summary>Per member, how its value is read (built on first use: the options are then immutable).</summary>
    private MemberReader?[]? _readers;

    public DomainObjectConverter(JsonSerializerOptions options)
        : this(options, discriminator: null)
    {
    }

    /// <summary>Creates the reader of a value object or, with its <paramref name="discriminator"/>, of a concrete event.</summary>
    public DomainObjectConverter(JsonSerializerOptions options, string? discriminator)
    {
        _discriminator = discriminator;
        _constructor = Members.BindingConstructor(typeof(T)) ?? throw new NotSupportedException(typeof(T).Name + " has no binding constructor.");
        _parameters = _constructor.GetParameters();
        _absent = [.. _parameters.Select(p => p.HasDefaultValue ? new Absent(DefaultOf(p)) : Members.AcceptsNull(p) ? new Absent(null) : null)];
        _refusesNull = [.. _parameters.Select(p => !p.ParameterType.IsValueType && !p.HasDefaultValue && !Members.AcceptsNull(p))];
        var members = new List<Member>();
        foreach (var (parameter, index) in _parameters.Select((p, i) => (p, i)))
        {
            members.Add(new Member(Members.Property(typeof(T), parameter.Name)!, parameter.ParameterType, index));
        }

        _restorer = Restorers.For(typeof(T));
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || members.Exists(m => m.Property.Name == property.Name))
            {
                continue;
            }

            if (property.GetSetMethod() is not null)
            {
                members.Add(new Member(property, property.PropertyType, SetterIndex));
            }
            else if (_restorer?.Properties.Contains(property.Name) == true)
            {
                members.Add(new Member(property, property.PropertyType, RestoredIndex));
            }
        }

        _members = [.. members];
        _names = [.. _members.Select(m => options.PropertyNamingPolicy?.ConvertName(m.Property.Name) ?? m.Property.Name)];
        _encodedNames = [.. _names.Select(n => JsonEncodedText.Encode(n, options.Encoder))];
        _utf8Names = [.. _names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];
        _construct = Compile(_constructor, _parameters);
        _setters = [.. _members.Select(m => m.ParameterIndex == SetterIndex ? CompileSetter(m.Property) : null)];
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A " + typeof(T).Name + " is stored as an object.");
        }

        var readers = _readers ??= new MemberReader?[_members.Length];
        // One array holds the constructor's arguments first, then the setters' values; the compiled constructor reads
        // only its own.
        var values = new object?[_members.Length];
        Span<bool> seen = _members.Length <= 32 ? stackalloc bool[32] : new bool[_members.Length];
        var discriminated = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (_discriminator is not null && reader.ValueTextEquals(EventContract.Utf8DiscriminatorName))
            {
                reader.Read();
                if (discriminated || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(_discriminator))
                {
                    throw new JsonException("The stored " + typeof(T).Name + " gives a \"$type\" twice or one naming another type.");
                }

                discriminated = true;
                continue;
            }

            var index = Find(ref reader);
            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            if (seen[index])
            {
                // The last value would win silently (a forged author, say): refused, as System.Text.Json does.
                throw new JsonException("The stored " + typeof(T).Name + " gives its field '" + _names[index] + "' twice.");
            }

            var read = readers[index] ??= MemberReader.For(_members[index].ReadType, options);
            try
            {
                values[index] = read.Read(ref reader, options);
            }
            catch (JsonException e)
            {
                throw JsonErrors.Within(e, _names[index]);
            }

            seen[index] = true;
        }

        for (var i = 0; i < _parameters.Length; i++)
        {
            if (!seen[i])
            {
                values[i] = _absent[i] is { } absent ? absent.Value
                    : throw new JsonException("The stored " + typeof(T).Name + " misses its required field '" + _names[i] + "'.");
            }

            if (values[i] is null && _refusesNull[i])
            {
                throw new JsonException("The stored " + typeof(T).Name + " has null for its required field '" + _names[i] + "'.");
            }
        }

        try
        {
            var result = _construct(values);
            Dictionary<string, object?>? restored = null;
            for (var i = _parameters.Length; i < _members.Length; i++)
            {
                if (!seen[i])
                {
                    continue;
                }

                if (_members[i].ParameterIndex == RestoredIndex)
                {
                    (restored ??= new Dictionary<string, object?>(StringComparer.Ordinal))[_members[i].Property.Name] = values[i];
                }
                else
                {
                    _setters[i]!(result, values[i]);
                }
            }

            if (_restorer is not null && restored is not null)
            {
                result = _restorer.Restore(result, restored);
            }

            return (T)result;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw JsonErrors.Refused(typeof(T).Name, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        for (var i = 0; i < _members.Length; i++)
        {
            var memberValue = _members[i].Property.GetValue(value);
            if (memberValue is null)
            {
                continue;
            }

            writer.WritePropertyName(_encodedNames[i]);
            JsonSerializer.Serialize(writer, memberValue, _members[i].Property.PropertyType, options);
        }

        writer.WriteEndObject();
    }

    private static object? DefaultOf(ParameterInfo parameter)
    {
        var value = parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value is not null && type.IsEnum ? Enum.ToObject(type, value) : value;
    }

    /// <summary>The member the reader's property name names: its JSON name exactly, else its CLR name ignoring case.</summary>
    private int Find(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8Names[i]))
            {
                return i;
            }
        }

        var name = reader.GetString();
        for (var i = 0; i < _members.Length; i++)
        {
            if (string.Equals(name, _members[i].Property.Name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static Func<object?[], object> Compile(ConstructorInfo constructor, ParameterInfo[] parameters)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var converted = parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        return Expression.Lambda<Func<object?[], object>>(Expression.Convert(Expression.New(constructor, converted), typeof(object)), arguments).Compile();
    }

    private static Action<object, object?> CompileSetter(PropertyInfo property)
    {
        if (property.DeclaringType!.IsValueType)
        {
            // A boxed struct is set in its box, as reflection does.
            return (target, value) => property.SetValue(target, value, BindingFlags.DoNotWrapExceptions, binder: null, index: null, culture: null);
        }

        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Call(Expression.Convert(target, property.DeclaringType!), property.GetSetMethod()!, Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
    }

    private sealed record Member(PropertyInfo Property, Type ReadType, int ParameterIndex);

    private sealed record Absent(object? Value);
}

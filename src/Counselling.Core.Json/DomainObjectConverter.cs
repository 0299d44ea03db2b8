using System;
using System.Collections.Generic;
using System.Linq;
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
    private const BindingFlags Invoke = BindingFlags.DoNotWrapExceptions;
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

    public DomainObjectConverter(JsonSerializerOptions options)
    {
        _constructor = Members.BindingConstructor(typeof(T)) ?? throw new NotSupportedException(typeof(T).Name + " has no binding constructor.");
        _parameters = _constructor.GetParameters();
        _absent = [.. _parameters.Select(p => p.HasDefaultValue ? new Absent(DefaultOf(p)) : Members.AcceptsNull(p) ? new Absent(null) : null)];
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
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A " + typeof(T).Name + " is stored as an object.");
        }

        var values = new object?[_members.Length];
        var seen = new bool[_members.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            var index = Find(name);
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            try
            {
                values[index] = JsonSerializer.Deserialize(ref reader, _members[index].ReadType, options);
            }
            catch (JsonException e)
            {
                throw JsonErrors.Within(e, _names[index]);
            }

            seen[index] = true;
        }

        var arguments = new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            arguments[i] = seen[i] ? values[i]
                : _absent[i] is { } absent ? absent.Value
                : throw new JsonException("The stored " + typeof(T).Name + " misses its required field '" + _names[i] + "'.");
        }

        try
        {
            var result = _constructor.Invoke(Invoke, binder: null, arguments, culture: null);
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
                    _members[i].Property.SetValue(result, values[i], Invoke, binder: null, index: null, culture: null);
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

    private int Find(string? name)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            if (string.Equals(name, _names[i], StringComparison.Ordinal)
                || string.Equals(name, _members[i].Property.Name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Member(PropertyInfo Property, Type ReadType, int ParameterIndex);

    private sealed record Absent(object? Value);
}

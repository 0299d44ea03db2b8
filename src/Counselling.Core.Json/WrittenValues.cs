using System;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Counselling.Core.Common;

namespace Counselling.Core.Json;

/// <summary>
/// The readers from bytes of the values the straight pass reads: for each reader the straight pass uses, the
/// <see cref="WrittenValue{T}"/> that reads the same value from its bytes when written so, or none when the value has no
/// such reader (the straight pass then reads it with the JSON reader).
/// </summary>
internal static class WrittenValues
{
    private static readonly MethodInfo ForMethod = typeof(WrittenValues).GetMethod(nameof(For), 1, [typeof(MemberReader), typeof(JsonSerializerOptions)])!;

    /// <summary>The reader from bytes of a value of <paramref name="type"/> the straight pass reads with <paramref name="straight"/>, or <see langword="null"/>.</summary>
    public static object? For(Type type, MemberReader straight, JsonSerializerOptions options)
        => ForMethod.MakeGenericMethod(type).Invoke(null, [straight, options]);

    /// <summary>The reader from bytes of a <typeparamref name="T"/> the straight pass reads with <paramref name="straight"/>, or <see langword="null"/>.</summary>
    public static WrittenValue<T>? For<T>(MemberReader straight, JsonSerializerOptions options)
    {
        switch (straight)
        {
            case CanonicalObjectReader<T> objects:
                return objects.Written(options);
            case ISequenceReader sequence when typeof(T) == typeof(ImmutableArray<>).MakeGenericType(sequence.ElementType):
                return For(sequence.ElementType, sequence.Element, options) is { } element
                    ? (WrittenValue<T>)Activator.CreateInstance(typeof(WrittenArray<>).MakeGenericType(sequence.ElementType), element)!
                    : null;
            case MemberReader<T> when typeof(T) == typeof(Actor):
                return (WrittenValue<T>?)(object?)WrittenActor.For(options);
            case MemberReader<T>:
                var converter = options.GetConverter(typeof(T));
                if (converter is IPlainTextReader<T> plain)
                {
                    return new WrittenPlainText<T>(plain);
                }

                if (converter is SanitizingConverter<T>)
                {
                    // NodaTime's values (a period, a date): one token its converter reads.
                    return new WrittenToken<T>((TypedMemberReader<T>)straight, options);
                }

                if (converter.GetType().Assembly != typeof(JsonSerializer).Assembly)
                {
                    return null;
                }

                if (Nullable.GetUnderlyingType(typeof(T)) is { } underlying)
                {
                    // null, or a value the underlying type's reader from bytes reads, as System.Text.Json reads it with that type's converter.
                    return For(underlying, MemberReader.For(underlying, options), options) is { } value
                        ? (WrittenValue<T>)Activator.CreateInstance(typeof(WrittenNullable<>).MakeGenericType(underlying), value)!
                        : null;
                }

                return typeof(T) == typeof(string) ? (WrittenValue<T>)(object)WrittenText.Instance
                    : typeof(T) == typeof(int) ? (WrittenValue<T>)(object)WrittenNumber.Instance
                    : typeof(T) == typeof(bool) ? (WrittenValue<T>)(object)WrittenBoolean.Instance
                    : null;
            default:
                return null;
        }
    }
}

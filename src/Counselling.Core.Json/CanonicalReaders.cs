using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// The readers of an event's fields in the straight pass: a value object (or a sequence of them) the options read with this
/// package's binder is read straight by a <see cref="CanonicalObjectReader{T}"/>; anything else by the reader the general
/// binder uses.
/// </summary>
internal static class CanonicalReaders
{
    /// <summary>How deep value objects nest inside one another before the general binder reads the rest.</summary>
    private const int DeepestNesting = 8;

    private static readonly DomainObjectConverterFactory DomainObjects = new();

    /// <summary>The straight reader of a field of type <paramref name="type"/> under <paramref name="options"/>.</summary>
    public static MemberReader For(Type type, JsonSerializerOptions options) => For(type, options, 0);

    /// <summary>The straight reader of a field of type <paramref name="type"/>, inside <paramref name="depth"/> value objects.</summary>
    internal static MemberReader For(Type type, JsonSerializerOptions options, int depth)
    {
        if (MemberReader.IsSequence(type))
        {
            var elementType = type.GetGenericArguments()[0];
            return For(elementType, options, depth) is var element && IsStraight(element)
                ? (MemberReader)Activator.CreateInstance(typeof(ArrayReader<>).MakeGenericType(elementType), element)!
                : MemberReader.For(type, options);
        }

        return depth < DeepestNesting && DomainObjects.CanConvert(type)
               && typeof(CanonicalObjectReader<>).MakeGenericType(type).GetMethod(nameof(CanonicalObjectReader<int>.Create))!
                   .Invoke(null, [options, depth + 1]) is MemberReader straight
            ? straight
            : MemberReader.For(type, options);
    }

    private static bool IsStraight(MemberReader reader)
        => reader.GetType().IsGenericType && reader.GetType().GetGenericTypeDefinition() == typeof(CanonicalObjectReader<>);
}

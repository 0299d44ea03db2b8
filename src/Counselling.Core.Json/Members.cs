using System;
using System.Linq;
using System.Reflection;

namespace Counselling.Core.Json;

/// <summary>Reflection helpers shared by the converters and the event contract.</summary>
internal static class Members
{
    /// <summary>
    /// The public constructor with the most parameters whose every parameter names a public property (ignoring case), or
    /// <see langword="null"/> when there is none.
    /// </summary>
    public static ConstructorInfo? BindingConstructor(Type type)
        => type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => c.GetParameters().Length > 0 && c.GetParameters().All(p => Property(type, p.Name) is not null))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();

    /// <summary>The public instance property of that name, ignoring case.</summary>
    public static PropertyInfo? Property(Type type, string? name)
        => name is null ? null : type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    /// <summary>Whether a parameter may be given <see langword="null"/>: a nullable value type or a nullable-annotated reference.</summary>
    public static bool AcceptsNull(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }

        return new NullabilityInfoContext().Create(parameter).WriteState != NullabilityState.NotNull;
    }
}

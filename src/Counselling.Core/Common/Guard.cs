using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Counselling.Core.Common;

/// <summary>Argument checks shared by every public entry point.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ArgumentReason.Attach(new ArgumentException("The value must not be empty or white space.", name), ArgumentReason.Blank);
        }

        return value;
    }

    public static Guid NotEmpty(Guid value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("An identifier must not be the empty GUID.", name);
        }

        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, $"{typeof(T).Name} has no member with the value {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, $"The value must lie between {min} and {max}.");
        }

        return value;
    }

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, $"The value must lie between {min} and {max}.");
        }

        return value;
    }

    public static TId NotDefault<TId>(TId value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TId : struct, IIdentifier
    {
        if (value.IsDefault)
        {
            throw ArgumentReason.Attach(new ArgumentException($"{typeof(TId).Name} must not be the default value; create it from a non-empty GUID.", name), ArgumentReason.DefaultIdentifier(typeof(TId)));
        }

        return value;
    }

    public static NodaTime.DateTimeZone Zone(NodaTime.IDateTimeZoneProvider zones, string? zoneId, [CallerArgumentExpression(nameof(zoneId))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(zoneId, name);
        return zones.GetZoneOrNull(zoneId)
            ?? throw ArgumentReason.Attach(new ArgumentException("The time-zone identifier is unknown to the zone provider.", name), ArgumentReason.UnknownZone(zoneId));
    }

    public static Actor Known(Actor actor, [CallerArgumentExpression(nameof(actor))] string? name = null)
    {
        if (actor.IsDefault)
        {
            throw new ArgumentException("Every change is attributed: the actor must be given (counsellor, client, partner, relative or system).", name);
        }

        return actor;
    }

    public static IReadOnlyList<T> NoNulls<T>(IEnumerable<T?>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = new List<T>();
        foreach (var item in items)
        {
            list.Add(item ?? throw new ArgumentException("The sequence must not contain null.", name));
        }

        return list;
    }
}

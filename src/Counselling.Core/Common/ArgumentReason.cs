using System;
using System.Diagnostics.CodeAnalysis;

namespace Counselling.Core.Common;

/// <summary>
/// The <see cref="Reason"/> an <see cref="ArgumentException"/> of the library carries in its <see cref="Exception.Data"/>,
/// so a screen can say in the user's language what was wrong with what it sent (<c>argument.default-id</c>,
/// <c>argument.unknown-zone</c>, <c>argument.blank</c>) instead of showing the English developer message.
/// </summary>
/// <remarks>
/// The exception stays a plain <see cref="ArgumentException"/> (or subtype): hosts that catch it keep working; those that
/// want words call <see cref="TryGet"/> and format the reason with their <see cref="MessageCatalog"/>.
/// </remarks>
public static class ArgumentReason
{
    /// <summary>The key of <see cref="Exception.Data"/> under which the reason is stored.</summary>
    internal const string DataKey = "Counselling.Core.Reason";

    /// <summary>Gets the reason for a text that must not be empty (<c>argument.blank</c>).</summary>
    internal static Reason Blank { get; } = new("argument.blank");

    /// <summary>Finds the reason an exception carries.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="reason">The reason found.</param>
    /// <returns><see langword="true"/> if the exception carries a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static bool TryGet(Exception exception, [NotNullWhen(true)] out Reason? reason)
    {
        ArgumentNullException.ThrowIfNull(exception);
        reason = exception.Data[DataKey] as Reason;
        return reason is not null;
    }

    /// <summary>Creates the reason for an identifier left at its default (empty) value.</summary>
    /// <param name="identifierType">The identifier's type, such as <see cref="ObjectiveId"/>.</param>
    /// <returns>The reason, with the code <c>argument.default-id</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifierType"/> is <see langword="null"/>.</exception>
    internal static Reason DefaultIdentifier(Type identifierType)
        => new("argument.default-id", new ReasonArgument("kind", Guard.NotNull(identifierType).Name));

    /// <summary>Creates the reason for a time-zone identifier the zone provider does not know.</summary>
    /// <param name="zoneId">The identifier, such as <c>Europe/Paris</c>.</param>
    /// <returns>The reason, with the code <c>argument.unknown-zone</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    internal static Reason UnknownZone(string zoneId) => new("argument.unknown-zone", new ReasonArgument("zone", Guard.NotNull(zoneId)));

    /// <summary>Attaches a reason to an exception before it is thrown.</summary>
    internal static TException Attach<TException>(TException exception, Reason reason)
        where TException : Exception
    {
        exception.Data[DataKey] = reason;
        return exception;
    }
}

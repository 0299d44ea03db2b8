using System;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>
/// Thrown when a text is not a valid occupation code. It carries a <see cref="Common.Reason"/> with a stable code
/// (<c>occupation.rome.domain-letter</c>, <c>occupation.noc.teer</c>…) and a message in English and French.
/// </summary>
public sealed class OccupationFormatException : FormatException
{
    /// <summary>Initializes a new instance with the reason the text was refused.</summary>
    /// <param name="reason">The reason.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    public OccupationFormatException(Reason reason)
        : base(Guard.NotNull(reason).Describe(System.Globalization.CultureInfo.InvariantCulture))
        => Reason = reason;

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a reason.</summary>
    public OccupationFormatException()
        : this(new Reason(OccupationCodes.Invalid))
    {
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a reason.</summary>
    /// <param name="message">The message.</param>
    public OccupationFormatException(string message)
        : base(message)
        => Reason = new Reason(OccupationCodes.Invalid);

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a reason.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public OccupationFormatException(string message, Exception innerException)
        : base(message, innerException)
        => Reason = new Reason(OccupationCodes.Invalid);

    /// <summary>Gets why the text was refused.</summary>
    public Reason Reason { get; }
}

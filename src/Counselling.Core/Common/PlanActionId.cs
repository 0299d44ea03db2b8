using System;
using System.Globalization;
using System.Runtime.CompilerServices;

using Counselling.Core.Common;

namespace Counselling.Core.Common;

/// <summary>Identifies an action of an action plan ("who does what").</summary>
/// <remarks>The default value wraps <see cref="Guid.Empty"/>; it is never valid and every public entry point refuses it.</remarks>
public readonly record struct PlanActionId : IIdentifier, IComparable<PlanActionId>
{
    /// <summary>Initializes a new identifier from a non-empty GUID.</summary>
    /// <param name="value">The GUID; must not be <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public PlanActionId(Guid value) => Value = Guard.NotEmpty(value);

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public bool IsDefault
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Value == Guid.Empty;
    }

    /// <summary>Says whether two identifiers hold the same GUID.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns><see langword="true"/> when both hold the same GUID.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(PlanActionId other) => Value == other.Value;

    /// <summary>Gets the hash of the GUID held.</summary>
    /// <returns>The GUID's hash code.</returns>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Creates a new random identifier (for hosts; the domain never creates identifiers itself).</summary>
    /// <returns>A new identifier.</returns>
    public static PlanActionId New() => new(Guid.NewGuid());

    /// <summary>Parses an identifier written as a GUID, with or without the <c>action:</c> prefix.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a GUID, or is the empty GUID.</exception>
    public static PlanActionId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan().Trim();
        if (span.StartsWith("action:", StringComparison.Ordinal))
        {
            span = span["action:".Length..];
        }

        var guid = Guid.Parse(span);
        return guid == Guid.Empty ? throw new FormatException("An identifier must not be the empty GUID.") : new PlanActionId(guid);
    }

    /// <inheritdoc />
    public int CompareTo(PlanActionId other) => Value.CompareTo(other.Value);

    /// <summary>Returns <c>action:</c> followed by the GUID: an opaque reference, never personal data.</summary>
    /// <returns>The identifier as text.</returns>
    public override string ToString() => "action:" + Value.ToString("D", CultureInfo.InvariantCulture);
}

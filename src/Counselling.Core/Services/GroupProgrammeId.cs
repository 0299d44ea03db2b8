using System;
using System.Globalization;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>Identifies a group programme (a workshop, a guidance group).</summary>
/// <remarks>The default value wraps <see cref="Guid.Empty"/>; it is never valid and every public entry point refuses it.</remarks>
public readonly record struct GroupProgrammeId : IIdentifier, IComparable<GroupProgrammeId>
{
    /// <summary>Initializes a new identifier from a non-empty GUID.</summary>
    /// <param name="value">The GUID; must not be <see cref="Guid.Empty"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public GroupProgrammeId(Guid value) => Value = Guard.NotEmpty(value);

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public bool IsDefault => Value == Guid.Empty;

    /// <summary>Creates a new random identifier (for hosts; the domain never creates identifiers itself).</summary>
    /// <returns>A new identifier.</returns>
    public static GroupProgrammeId New() => new(Guid.NewGuid());

    /// <summary>Parses an identifier written as a GUID, with or without the <c>group:</c> prefix.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a GUID, or is the empty GUID.</exception>
    public static GroupProgrammeId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan().Trim();
        if (span.StartsWith("group:", StringComparison.Ordinal))
        {
            span = span["group:".Length..];
        }

        var guid = Guid.Parse(span);
        return guid == Guid.Empty ? throw new FormatException("An identifier must not be the empty GUID.") : new GroupProgrammeId(guid);
    }

    /// <inheritdoc />
    public int CompareTo(GroupProgrammeId other) => Value.CompareTo(other.Value);

    /// <summary>Returns <c>group:</c> followed by the GUID: an opaque reference, never personal data.</summary>
    /// <returns>The identifier as text.</returns>
    public override string ToString() => "group:" + Value.ToString("D", CultureInfo.InvariantCulture);
}

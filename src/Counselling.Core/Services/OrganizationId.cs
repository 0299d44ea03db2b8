using System;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>Identifies an organisation in a service catalogue, by the catalogue's own identifier (an HSDS <c>id</c>, usually a UUID).</summary>
/// <remarks>The default value has no text; it is never valid and every public entry point refuses it.</remarks>
public readonly record struct OrganizationId : IComparable<OrganizationId>
{
    /// <summary>Initializes a new identifier.</summary>
    /// <param name="value">The identifier: 1 to 100 characters, no white space or control character inside, trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, longer than 100 characters or holds white space or control characters.</exception>
    public OrganizationId(string value) => Value = CatalogueKey.Check(value);

    /// <summary>Gets the identifier's text.</summary>
    public string Value { get; }

    /// <summary>Gets a value indicating whether this is the default value.</summary>
    public bool IsDefault => Value is null;

    /// <inheritdoc />
    public int CompareTo(OrganizationId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <c>organization:</c> followed by the identifier.</summary>
    /// <returns>The identifier as text.</returns>
    public override string ToString() => "organization:" + (Value ?? "none");
}

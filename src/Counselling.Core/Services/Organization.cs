using System;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>An organisation that provides services, as an Open Referral (HSDS) <c>organization</c>: the agency itself or a partner.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Organization
{
    /// <summary>Initializes a new organisation.</summary>
    /// <param name="id">The identifier (HSDS <c>id</c>).</param>
    /// <param name="name">The public name (HSDS <c>name</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Organization(OrganizationId id, string name)
    {
        Id = id.IsDefault ? throw new ArgumentException("The identifier must not be the default value.", nameof(id)) : id;
        Name = Guard.NotBlank(name).Trim();
    }

    /// <summary>Gets the identifier.</summary>
    public OrganizationId Id { get; }

    /// <summary>Gets the public name.</summary>
    public string Name { get; }

    /// <summary>Gets the description (HSDS <c>description</c>), if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the website (HSDS <c>website</c>), if any.</summary>
    public Uri? Website { get; init; }
}

using System;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>Where a service is delivered, as an Open Referral (HSDS) <c>location</c>: a physical place or a virtual one.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Location
{
    /// <summary>Initializes a new location.</summary>
    /// <param name="id">The identifier (HSDS <c>id</c>).</param>
    /// <param name="name">The name (HSDS <c>name</c>).</param>
    /// <param name="isVirtual">Whether the location is virtual (HSDS <c>location_type</c> <c>virtual</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Location(LocationId id, string name, bool isVirtual = false)
    {
        Id = id.IsDefault ? throw new ArgumentException("The identifier must not be the default value.", nameof(id)) : id;
        Name = Guard.NotBlank(name).Trim();
        IsVirtual = isVirtual;
    }

    /// <summary>Gets the identifier.</summary>
    public LocationId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the location is virtual.</summary>
    public bool IsVirtual { get; }

    /// <summary>Gets the organisation that maintains the location (HSDS <c>organization_id</c>), if given.</summary>
    public OrganizationId? Organization { get; init; }

    /// <summary>Gets the area the location lies in, if known (from its address).</summary>
    public AreaCode? Area { get; init; }

    /// <summary>Gets how to get there by public transport (HSDS <c>transportation</c>), if said.</summary>
    public string? Transportation { get; init; }
}

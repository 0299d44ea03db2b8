using System;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;

namespace Counselling.Core.Services;

/// <summary>
/// A service the counsellor can refer a client to, shaped as an Open Referral (HSDS) <c>service</c>: provided by an
/// organisation, delivered at locations, with its eligibility; and, for counselling, the barriers and life domains it
/// addresses. A service addresses the domain of every barrier it addresses (<see cref="LifeDomains.Of"/>) and any
/// domain listed besides.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record Service
{
    private readonly ImmutableArray<BarrierCategory> _barriers = [];
    private readonly ImmutableArray<LifeDomain> _domains = [];
    private readonly ImmutableArray<LocationId> _locations = [];
    private readonly Eligibility _eligibility = Eligibility.Anyone;

    /// <summary>Initializes a new service.</summary>
    /// <param name="id">The identifier (HSDS <c>id</c>).</param>
    /// <param name="organization">The organisation that provides it (HSDS <c>organization_id</c>).</param>
    /// <param name="name">The public name (HSDS <c>name</c>).</param>
    /// <param name="provision">Whether the agency itself provides it or a partner.</param>
    /// <exception cref="ArgumentException">An identifier is the default value or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> is undefined.</exception>
    public Service(ServiceId id, OrganizationId organization, string name, ServiceProvision provision)
    {
        Id = id.IsDefault ? throw new ArgumentException("The identifier must not be the default value.", nameof(id)) : id;
        Organization = organization.IsDefault ? throw new ArgumentException("The organisation must not be the default value.", nameof(organization)) : organization;
        Name = Guard.NotBlank(name).Trim();
        Provision = Guard.Defined(provision);
    }

    /// <summary>Gets the identifier.</summary>
    public ServiceId Id { get; }

    /// <summary>Gets the organisation that provides it.</summary>
    public OrganizationId Organization { get; }

    /// <summary>Gets the public name.</summary>
    public string Name { get; }

    /// <summary>Gets whether the agency itself provides it or a partner.</summary>
    public ServiceProvision Provision { get; }

    /// <summary>Gets the description (HSDS <c>description</c>), if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets a value indicating whether the service takes people now (HSDS <c>status</c> <c>active</c>). Inactive services are never suggested nor referred to.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>Gets the barrier categories the service addresses, in the order of the taxonomy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A category is undefined (on set).</exception>
    public ImmutableArray<BarrierCategory> Barriers
    {
        get => _barriers;
        init
        {
            _barriers = value.IsDefault ? [] : [.. value.Select(b => Guard.Defined(b, nameof(Barriers))).Distinct().Order()];
            BarrierMask = ServiceMasks.Of(_barriers);
            DomainMask = ServiceMasks.Of(_domains) | ServiceMasks.Of(_barriers.Select(LifeDomains.Of));
        }
    }

    /// <summary>Gets the life domains the service addresses besides those of its barriers, in order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A domain is undefined (on set).</exception>
    public ImmutableArray<LifeDomain> Domains
    {
        get => _domains;
        init
        {
            _domains = value.IsDefault ? [] : [.. value.Select(d => Guard.Defined(d, nameof(Domains))).Distinct().Order()];
            DomainMask = ServiceMasks.Of(_domains) | ServiceMasks.Of(_barriers.Select(LifeDomains.Of));
        }
    }

    /// <summary>Gets who may use the service.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/> (on set).</exception>
    public Eligibility Eligibility
    {
        get => _eligibility;
        init => _eligibility = Guard.NotNull(value, nameof(Eligibility));
    }

    /// <summary>Gets where the service is delivered (HSDS <c>service_at_locations</c>).</summary>
    /// <exception cref="ArgumentException">A location is the default value (on set).</exception>
    public ImmutableArray<LocationId> Locations
    {
        get => _locations;
        init => _locations = value.IsDefault ? [] : value.Any(l => l.IsDefault)
            ? throw new ArgumentException("A location must not be the default value.", nameof(Locations))
            : [.. value.Distinct()];
    }

    internal int BarrierMask { get; private init; }

    internal int DomainMask { get; private init; }

    /// <summary>Says whether the service addresses a barrier category.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Addresses(BarrierCategory category) => (BarrierMask & ServiceMasks.Of(category)) != 0;

    /// <summary>Says whether the service addresses a life domain, directly or through a barrier it addresses.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Addresses(LifeDomain domain) => (DomainMask & ServiceMasks.Of(domain)) != 0;
}

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>
/// The services a counsellor can refer clients to, internal and external, with the organisations that provide them
/// and the locations where they are delivered: the shape of an Open Referral (HSDS) directory.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; build it once (from code, or from an HSDS export with <c>Counselling.Core.Json</c>) and
/// share it. Every reference inside is checked when it is built: a service names a known organisation and known
/// locations, and identifiers are unique.
/// </remarks>
public sealed class ServiceCatalogue
{
    private readonly FrozenDictionary<ServiceId, Service> _services;
    private readonly FrozenDictionary<OrganizationId, Organization> _organizations;
    private readonly FrozenDictionary<LocationId, Location> _locations;

    private ServiceCatalogue(ImmutableArray<Organization> organizations, ImmutableArray<Location> locations, ImmutableArray<Service> services)
    {
        Organizations = organizations;
        Locations = locations;
        Services = services;
        _organizations = organizations.ToFrozenDictionary(o => o.Id);
        _locations = locations.ToFrozenDictionary(l => l.Id);
        _services = services.ToFrozenDictionary(s => s.Id);
    }

    /// <summary>Gets an empty catalogue.</summary>
    public static ServiceCatalogue Empty { get; } = new([], [], []);

    /// <summary>Gets the organisations, in the order given.</summary>
    public ImmutableArray<Organization> Organizations { get; }

    /// <summary>Gets the locations, in the order given.</summary>
    public ImmutableArray<Location> Locations { get; }

    /// <summary>Gets the services, in the order given.</summary>
    public ImmutableArray<Service> Services { get; }

    /// <summary>Builds a catalogue, checking every reference.</summary>
    /// <param name="organizations">The organisations.</param>
    /// <param name="locations">The locations.</param>
    /// <param name="services">The services.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier is repeated, or a service or location names an unknown organisation or location; the message names the identifier.</exception>
    public static ServiceCatalogue Create(IEnumerable<Organization> organizations, IEnumerable<Location> locations, IEnumerable<Service> services)
    {
        var orgs = Checked(organizations, o => o.Id, nameof(organizations));
        var locs = Checked(locations, l => l.Id, nameof(locations));
        var servs = Checked(services, s => s.Id, nameof(services));
        var orgIds = new HashSet<OrganizationId>();
        foreach (var o in orgs)
        {
            orgIds.Add(o.Id);
        }

        var locIds = new HashSet<LocationId>();
        foreach (var l in locs)
        {
            locIds.Add(l.Id);
            if (l.Organization is { } owner && !orgIds.Contains(owner))
            {
                throw new ArgumentException(l.Id + " names an unknown " + owner + ".", nameof(locations));
            }
        }

        foreach (var s in servs)
        {
            if (!orgIds.Contains(s.Organization))
            {
                throw new ArgumentException(s.Id + " names an unknown " + s.Organization + ".", nameof(services));
            }

            foreach (var l in s.Locations)
            {
                if (!locIds.Contains(l))
                {
                    throw new ArgumentException(s.Id + " names an unknown " + l + ".", nameof(services));
                }
            }
        }

        return new ServiceCatalogue(orgs, locs, servs);
    }

    /// <summary>Finds a service by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="service">The service, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the catalogue has it.</returns>
    public bool TryFind(ServiceId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Service? service)
    {
        service = null;
        return !id.IsDefault && _services.TryGetValue(id, out service);
    }

    /// <summary>Finds an organisation by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organization">The organisation, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the catalogue has it.</returns>
    public bool TryFind(OrganizationId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Organization? organization)
    {
        organization = null;
        return !id.IsDefault && _organizations.TryGetValue(id, out organization);
    }

    /// <summary>Finds a location by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="location">The location, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the catalogue has it.</returns>
    public bool TryFind(LocationId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Location? location)
    {
        location = null;
        return !id.IsDefault && _locations.TryGetValue(id, out location);
    }

    /// <summary>Returns the numbers of organisations, locations and services.</summary>
    /// <returns>The catalogue as text.</returns>
    public override string ToString() => "catalogue(" + Organizations.Length + " organisations, " + Locations.Length + " locations, " + Services.Length + " services)";

    private static ImmutableArray<T> Checked<T, TId>(IEnumerable<T> items, Func<T, TId> id, string name)
        where T : class
        where TId : notnull
    {
        var list = Guard.NoNulls(items, name);
        var seen = new HashSet<TId>();
        foreach (var item in list)
        {
            if (!seen.Add(id(item)))
            {
                throw new ArgumentException(id(item) + " appears twice.", name);
            }
        }

        return [.. list];
    }
}

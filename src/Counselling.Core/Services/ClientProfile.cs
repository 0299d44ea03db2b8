using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;

namespace Counselling.Core.Services;

/// <summary>
/// What the service catalogue needs to know of a client to suggest services: the barriers still standing, the global
/// situation, and what eligibility is checked against (age, area, statuses). Holds no name and no identifier.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ClientProfile
{
    /// <summary>Initializes a new profile.</summary>
    /// <param name="barriers">The categories of the barriers still standing (duplicates are ignored).</param>
    /// <param name="situation">The global situation, if assessed.</param>
    /// <param name="age">The client's age in years, if known.</param>
    /// <param name="area">The area the client lives in, if known.</param>
    /// <param name="statuses">The client's statuses, such as <c>job-seeker</c> (compared in lower case).</param>
    /// <exception cref="ArgumentNullException"><paramref name="barriers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A barrier category is undefined, or <paramref name="age"/> lies outside 0–130.</exception>
    /// <exception cref="ArgumentException"><paramref name="area"/> is the default value, or a status is not a valid code.</exception>
    public ClientProfile(
        IEnumerable<BarrierCategory> barriers,
        SituationAssessment? situation = null,
        int? age = null,
        AreaCode? area = null,
        IEnumerable<string>? statuses = null)
    {
        ArgumentNullException.ThrowIfNull(barriers);
        Barriers = [.. barriers.Select(b => Guard.Defined(b, nameof(barriers))).Distinct().Order()];
        BarrierMask = ServiceMasks.Of(Barriers);
        Situation = situation;
        Age = age is { } a ? Guard.InRange(a, 0, 130, nameof(age)) : null;
        Area = area is { IsDefault: true } ? throw new ArgumentException("The area must not be the default value.", nameof(area)) : area;
        Statuses = (statuses ?? []).Select(s => CatalogueKey.Check(s, nameof(statuses)).ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        if (situation is not null)
        {
            foreach (var domain in LifeDomains.All)
            {
                var status = situation.StatusOf(domain);
                if (status >= LifeDomainStatus.Difficulty)
                {
                    DifficultyMask |= ServiceMasks.Of(domain);
                }
            }
        }
    }

    /// <summary>Gets the categories of the barriers still standing, in the order of the taxonomy.</summary>
    public IReadOnlyList<BarrierCategory> Barriers { get; }

    /// <summary>Gets the global situation, if assessed.</summary>
    public SituationAssessment? Situation { get; }

    /// <summary>Gets the client's age in years, if known.</summary>
    public int? Age { get; }

    /// <summary>Gets the area the client lives in, if known.</summary>
    public AreaCode? Area { get; }

    /// <summary>Gets the client's statuses, in lower case.</summary>
    public IReadOnlySet<string> Statuses { get; }

    internal int BarrierMask { get; }

    internal int DifficultyMask { get; }

    /// <summary>Returns the number of barriers and whether a situation is known: never the client's details.</summary>
    /// <returns>The profile as text.</returns>
    public override string ToString() => "client profile (" + Barriers.Count + " barriers" + (Situation is null ? ")" : ", situation assessed)");
}

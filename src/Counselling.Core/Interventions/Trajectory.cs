using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>
/// A client's trajectory: the interventions of one client in the order they followed each other, each one after the
/// first opened when the client came back (<see cref="Intervention.OpenReturn"/>) and linked to the one before.
/// </summary>
/// <remarks>Holds the interventions given; it copies nothing. Build a shared pathway of it with <see cref="Pathway.InterventionPathway.Of(Trajectory)"/>.</remarks>
public sealed class Trajectory
{
    private Trajectory(ImmutableArray<Intervention> episodes) => Episodes = episodes;

    /// <summary>Gets the interventions, the earliest first.</summary>
    public ImmutableArray<Intervention> Episodes { get; }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId => Episodes[0].ClientId;

    /// <summary>Orders a client's interventions by their links: the first follows none of the others, each next one follows the one before.</summary>
    /// <param name="interventions">The interventions, in any order.</param>
    /// <returns>The trajectory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interventions"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// There is none, they are not all the same client's, an identifier appears twice, or they do not form one chain of
    /// returns (two follow the same one, or one follows an intervention that is not given).
    /// </exception>
    public static Trajectory Of(IEnumerable<Intervention> interventions)
    {
        var all = Guard.NoNulls(interventions, nameof(interventions));
        if (all.Count == 0)
        {
            throw new ArgumentException("A trajectory has at least one intervention.", nameof(interventions));
        }

        var byPrevious = new Dictionary<InterventionId, Intervention>();
        var ids = new HashSet<InterventionId>();
        Intervention? first = null;
        foreach (var intervention in all)
        {
            if (intervention.ClientId != all[0].ClientId || !ids.Add(intervention.Id))
            {
                throw new ArgumentException("A trajectory holds one client's interventions, each once.", nameof(interventions));
            }
        }

        foreach (var intervention in all)
        {
            if (intervention.PreviousInterventionId is { } previous && ids.Contains(previous))
            {
                if (!byPrevious.TryAdd(previous, intervention))
                {
                    throw new ArgumentException("Two interventions follow the same one.", nameof(interventions));
                }
            }
            else if (first is null)
            {
                first = intervention;
            }
            else
            {
                throw new ArgumentException("The interventions do not form one chain of returns.", nameof(interventions));
            }
        }

        var ordered = ImmutableArray.CreateBuilder<Intervention>(all.Count);
        for (var current = first; current is not null; current = byPrevious.GetValueOrDefault(current.Id))
        {
            ordered.Add(current);
        }

        return ordered.Count == all.Count
            ? new Trajectory(ordered.MoveToImmutable())
            : throw new ArgumentException("The interventions do not form one chain of returns.", nameof(interventions));
    }

    /// <summary>Returns the number of interventions: never the client.</summary>
    /// <returns>The trajectory as text.</returns>
    public override string ToString() => "trajectory(" + Episodes.Length + " interventions)";
}

using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Situation;

namespace Counselling.Core.Services;

/// <summary>
/// Suggests services for a client from a catalogue, ranked, each with its reasons. A service is suggested only if it is
/// active, addresses at least one of the client's barriers and the client is eligible for it.
/// </summary>
/// <remarks>
/// <para>The score: <see cref="BarrierWeight"/> for each of the client's barriers the service addresses,
/// <see cref="BlockingDomainWeight"/> or <see cref="DifficultDomainWeight"/> for each life domain the situation rates
/// blocking or difficult that the service addresses, and <see cref="InternalWeight"/> when the agency itself provides
/// it. Ties are broken by name, then identifier, so the order is stable.</para>
/// <para>Pure and thread-safe. One pass over the catalogue with bit masks; reasons are built for the services kept only.</para>
/// </remarks>
public static class ServiceSuggester
{
    /// <summary>The score for each of the client's barriers a service addresses.</summary>
    public const int BarrierWeight = 100;

    /// <summary>The score for each life domain rated blocking that a service addresses.</summary>
    public const int BlockingDomainWeight = 20;

    /// <summary>The score for each life domain rated difficult that a service addresses.</summary>
    public const int DifficultDomainWeight = 10;

    /// <summary>The score when the agency itself provides the service.</summary>
    public const int InternalWeight = 1;

    /// <summary>Suggests services for a client, best first.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="client">The client.</param>
    /// <param name="limit">The most suggestions to return.</param>
    /// <returns>The suggestions, best first; empty when nothing fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="client"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is below 1 or above 1,000.</exception>
    public static IReadOnlyList<ServiceSuggestion> Suggest(ServiceCatalogue catalogue, ClientProfile client, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(client);
        Guard.InRange(limit, 1, 1000);
        if (client.BarrierMask == 0)
        {
            return [];
        }

        var blocking = BlockingMask(client);
        var kept = new List<(Service Service, int Score)>(limit + 1);
        foreach (var service in catalogue.Services.AsSpan())
        {
            var barriers = service.BarrierMask & client.BarrierMask;
            if (barriers == 0 || !service.IsActive || !service.Eligibility.Admits(client))
            {
                continue;
            }

            var score = BarrierWeight * int.PopCount(barriers)
                        + BlockingDomainWeight * int.PopCount(service.DomainMask & blocking)
                        + DifficultDomainWeight * int.PopCount(service.DomainMask & client.DifficultyMask & ~blocking)
                        + (service.Provision == ServiceProvision.Internal ? InternalWeight : 0);
            Keep(kept, service, score, limit);
        }

        var result = new ServiceSuggestion[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            result[i] = new ServiceSuggestion(kept[i].Service, kept[i].Score, Explain(kept[i].Service, client, blocking));
        }

        return result;
    }

    /// <summary>Compares two ranked services: higher score first, then name, then identifier.</summary>
    internal static int Compare(Service a, int scoreA, Service b, int scoreB)
    {
        var byScore = scoreB.CompareTo(scoreA);
        if (byScore != 0)
        {
            return byScore;
        }

        var byName = string.CompareOrdinal(a.Name, b.Name);
        return byName != 0 ? byName : a.Id.CompareTo(b.Id);
    }

    private static void Keep(List<(Service Service, int Score)> kept, Service service, int score, int limit)
    {
        if (kept.Count == limit && Compare(service, score, kept[^1].Service, kept[^1].Score) >= 0)
        {
            return;
        }

        var at = kept.Count;
        while (at > 0 && Compare(service, score, kept[at - 1].Service, kept[at - 1].Score) < 0)
        {
            at--;
        }

        kept.Insert(at, (service, score));
        if (kept.Count > limit)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    private static int BlockingMask(ClientProfile client)
    {
        var mask = 0;
        if (client.Situation is { } situation)
        {
            foreach (var domain in LifeDomains.All)
            {
                if (situation.StatusOf(domain) == LifeDomainStatus.Blocking)
                {
                    mask |= ServiceMasks.Of(domain);
                }
            }
        }

        return mask;
    }

    private static List<Reason> Explain(Service service, ClientProfile client, int blocking)
    {
        var reasons = new List<Reason>();
        foreach (var category in client.Barriers)
        {
            if (service.Addresses(category))
            {
                reasons.Add(new Reason(ServicesCodes.AddressesBarrier, new ReasonArgument("barrier", category)));
            }
        }

        foreach (var domain in LifeDomains.All)
        {
            var bit = ServiceMasks.Of(domain);
            if ((service.DomainMask & client.DifficultyMask & bit) != 0)
            {
                var status = (blocking & bit) != 0 ? LifeDomainStatus.Blocking : LifeDomainStatus.Difficulty;
                reasons.Add(new Reason(ServicesCodes.AddressesDomain, new ReasonArgument("domain", domain), new ReasonArgument("status", status)));
            }
        }

        if (service.Provision == ServiceProvision.Internal)
        {
            reasons.Add(new Reason(ServicesCodes.ProvidedByAgency));
        }

        return reasons;
    }
}

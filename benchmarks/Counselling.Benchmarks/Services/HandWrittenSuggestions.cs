using System;
using System.Collections.Generic;
using Counselling.Core.Services;
using Counselling.Core.Situation;

namespace Counselling.Benchmarks.Services;

/// <summary>What a host would write without the suggester: filter with the public properties, score, sort, take the top.</summary>
public static class HandWrittenSuggestions
{
    public static List<(Service Service, int Score)> Top(ServiceCatalogue catalogue, ClientProfile client, int limit)
    {
        var found = new List<(Service Service, int Score)>();
        foreach (var service in catalogue.Services)
        {
            if (!service.IsActive)
            {
                continue;
            }

            var matched = 0;
            foreach (var barrier in service.Barriers)
            {
                foreach (var wanted in client.Barriers)
                {
                    if (barrier == wanted)
                    {
                        matched++;
                    }
                }
            }

            if (matched == 0 || !Eligible(service.Eligibility, client))
            {
                continue;
            }

            var score = 100 * matched + (service.Provision == ServiceProvision.Internal ? 1 : 0);
            if (client.Situation is { } situation)
            {
                foreach (var domain in LifeDomains.All)
                {
                    var status = situation.StatusOf(domain);
                    if (status >= LifeDomainStatus.Difficulty && service.Addresses(domain))
                    {
                        score += status == LifeDomainStatus.Blocking ? 20 : 10;
                    }
                }
            }

            found.Add((service, score));
        }

        found.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Service.Name, b.Service.Name));
        return found.Count > limit ? found.GetRange(0, limit) : found;
    }

    private static bool Eligible(Eligibility eligibility, ClientProfile client)
    {
        if (eligibility.MinimumAge is not null || eligibility.MaximumAge is not null)
        {
            if (client.Age is not { } age || age < (eligibility.MinimumAge ?? 0) || age > (eligibility.MaximumAge ?? int.MaxValue))
            {
                return false;
            }
        }

        if (eligibility.Areas.Length > 0)
        {
            var inside = false;
            foreach (var area in eligibility.Areas)
            {
                inside |= client.Area is { } home && area.Contains(home);
            }

            if (!inside)
            {
                return false;
            }
        }

        if (eligibility.Statuses.Length > 0)
        {
            var any = false;
            foreach (var status in eligibility.Statuses)
            {
                any |= client.Statuses.Contains(status);
            }

            return any;
        }

        return true;
    }
}

using System.Collections.Generic;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;

namespace Counselling.Core.Services;

/// <summary>Barrier categories and life domains as bit masks, so that matching a client against thousands of services is a few instructions.</summary>
internal static class ServiceMasks
{
    public static int Of(BarrierCategory category) => 1 << (int)category;

    public static int Of(LifeDomain domain) => 1 << (int)domain;

    public static int Of(IEnumerable<BarrierCategory> categories)
    {
        var mask = 0;
        foreach (var category in categories)
        {
            mask |= Of(category);
        }

        return mask;
    }

    public static int Of(IEnumerable<LifeDomain> domains)
    {
        var mask = 0;
        foreach (var domain in domains)
        {
            mask |= Of(domain);
        }

        return mask;
    }
}

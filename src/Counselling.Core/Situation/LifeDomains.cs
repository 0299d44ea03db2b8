using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Objectives;

namespace Counselling.Core.Situation;

/// <summary>
/// The life domains in order, and the documented mapping from each barrier category to the domain it belongs to.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>barrier category</term><description>life domain</description></listheader>
/// <item><term><see cref="BarrierCategory.Mobility"/></term><description><see cref="LifeDomain.Mobility"/></description></item>
/// <item><term><see cref="BarrierCategory.Housing"/></term><description><see cref="LifeDomain.Housing"/></description></item>
/// <item><term><see cref="BarrierCategory.Health"/></term><description><see cref="LifeDomain.Health"/></description></item>
/// <item><term><see cref="BarrierCategory.ChildcareAndFamily"/></term><description><see cref="LifeDomain.FamilyAndChildcare"/></description></item>
/// <item><term><see cref="BarrierCategory.Finances"/></term><description><see cref="LifeDomain.Money"/></description></item>
/// <item><term><see cref="BarrierCategory.Language"/></term><description><see cref="LifeDomain.Language"/></description></item>
/// <item><term><see cref="BarrierCategory.BasicSkills"/></term><description><see cref="LifeDomain.Training"/> (reading, writing and numeracy are learnt)</description></item>
/// <item><term><see cref="BarrierCategory.Digital"/></term><description><see cref="LifeDomain.Digital"/></description></item>
/// <item><term><see cref="BarrierCategory.AdministrativeOrLegal"/></term><description><see cref="LifeDomain.Administrative"/></description></item>
/// <item><term><see cref="BarrierCategory.ConfidenceAndFears"/></term><description><see cref="LifeDomain.Health"/> (well-being and self-esteem)</description></item>
/// <item><term><see cref="BarrierCategory.Discrimination"/></term><description><see cref="LifeDomain.Work"/> (met or feared in hiring and at work)</description></item>
/// <item><term><see cref="BarrierCategory.Other"/></term><description><see cref="LifeDomain.Work"/> (the domain every accompaniment addresses)</description></item>
/// </list>
/// </remarks>
public static class LifeDomains
{
    /// <summary>Gets every life domain, in order.</summary>
    public static IReadOnlyList<LifeDomain> All { get; } = Enum.GetValues<LifeDomain>();

    private static readonly string[] Codes =
    [
        "work", "training", "housing", "health", "mobility", "money", "family-childcare", "language", "digital", "administrative", "social-ties",
    ];

    /// <summary>Gets the stable code of a life domain, for hosts that store or exchange domains as text (<c>family-childcare</c>, <c>social-ties</c>…).</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The code, in lower case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="domain"/> is undefined.</exception>
    public static string ToCode(LifeDomain domain) => Codes[(int)Guard.Defined(domain) - 1];

    /// <summary>Reads a life domain from its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The code, such as <c>housing</c>.</param>
    /// <param name="domain">The domain read, or the default value.</param>
    /// <returns><see langword="true"/> if the code is known.</returns>
    public static bool TryParse(string? code, out LifeDomain domain)
    {
        domain = default;
        var i = code is null ? -1 : Array.IndexOf(Codes, code.Trim().ToLowerInvariant());
        if (i < 0)
        {
            return false;
        }

        domain = (LifeDomain)(i + 1);
        return true;
    }

    /// <summary>Gets the life domain a barrier category belongs to (see the table in the remarks).</summary>
    /// <param name="category">The barrier category.</param>
    /// <returns>The life domain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a member of <see cref="BarrierCategory"/>.</exception>
    public static LifeDomain Of(BarrierCategory category) => Guard.Defined(category) switch
    {
        BarrierCategory.Mobility => LifeDomain.Mobility,
        BarrierCategory.Housing => LifeDomain.Housing,
        BarrierCategory.Health or BarrierCategory.ConfidenceAndFears => LifeDomain.Health,
        BarrierCategory.ChildcareAndFamily => LifeDomain.FamilyAndChildcare,
        BarrierCategory.Finances => LifeDomain.Money,
        BarrierCategory.Language => LifeDomain.Language,
        BarrierCategory.BasicSkills => LifeDomain.Training,
        BarrierCategory.Digital => LifeDomain.Digital,
        BarrierCategory.AdministrativeOrLegal => LifeDomain.Administrative,
        _ => LifeDomain.Work,
    };

    /// <summary>Groups barriers by the life domain they belong to (<see cref="Barrier.Domain"/>).</summary>
    /// <param name="barriers">The barriers.</param>
    /// <returns>For each domain with at least one barrier, its barriers in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="barriers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="barriers"/> holds <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<LifeDomain, IReadOnlyList<Barrier>> Group(IEnumerable<Barrier> barriers)
    {
        var byDomain = new SortedDictionary<LifeDomain, List<Barrier>>();
        foreach (var barrier in Guard.NoNulls(barriers))
        {
            var domain = barrier.Domain;
            if (!byDomain.TryGetValue(domain, out var list))
            {
                byDomain[domain] = list = [];
            }

            list.Add(barrier);
        }

        var result = new SortedDictionary<LifeDomain, IReadOnlyList<Barrier>>();
        foreach (var (domain, list) in byDomain)
        {
            result[domain] = list;
        }

        return result;
    }
}

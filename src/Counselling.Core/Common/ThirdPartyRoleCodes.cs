using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Counselling.Core.Common;

/// <summary>
/// The stable codes of <see cref="ThirdPartyRole"/> (<c>aunt</c>, <c>parent</c>, <c>partner-organisation</c>…), as
/// stored in an actor's <see cref="Actor.Role"/> and read back by hosts. Codes are lowercase and never change.
/// </summary>
public static class ThirdPartyRoleCodes
{
    private static readonly (ThirdPartyRole Role, string Code)[] Table =
    [
        (ThirdPartyRole.Parent, "parent"),
        (ThirdPartyRole.Sibling, "sibling"),
        (ThirdPartyRole.Grandparent, "grandparent"),
        (ThirdPartyRole.Aunt, "aunt"),
        (ThirdPartyRole.Uncle, "uncle"),
        (ThirdPartyRole.OtherFamily, "other-family"),
        (ThirdPartyRole.Spouse, "spouse"),
        (ThirdPartyRole.Friend, "friend"),
        (ThirdPartyRole.Employer, "employer"),
        (ThirdPartyRole.Teacher, "teacher"),
        (ThirdPartyRole.PartnerOrganisation, "partner-organisation"),
        (ThirdPartyRole.SocialWorker, "social-worker"),
        (ThirdPartyRole.HealthProfessional, "health-professional"),
        (ThirdPartyRole.Mentor, "mentor"),
        (ThirdPartyRole.Other, "other"),
    ];

    private static readonly FrozenDictionary<string, ThirdPartyRole> ByCode =
        Table.ToFrozenDictionary(t => t.Code, t => t.Role, StringComparer.Ordinal);

    /// <summary>Gets every code, in the order of <see cref="ThirdPartyRole"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Code)];

    /// <summary>Gets the stable code of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The code, such as <c>aunt</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is <see cref="ThirdPartyRole.None"/> or not a member of <see cref="ThirdPartyRole"/>.</exception>
    public static string ToCode(ThirdPartyRole role)
    {
        foreach (var (r, code) in Table)
        {
            if (r == role)
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), "A third party is named by one of the roles of ThirdPartyRole.");
    }

    /// <summary>Reads a role from its code (exact, lowercase).</summary>
    /// <param name="code">The code, such as <c>social-worker</c>.</param>
    /// <param name="role">The role read, or <see cref="ThirdPartyRole.None"/>.</param>
    /// <returns><see langword="true"/> if the code is known.</returns>
    public static bool TryParse(string? code, out ThirdPartyRole role)
    {
        if (code is not null && ByCode.TryGetValue(code, out role))
        {
            return true;
        }

        role = ThirdPartyRole.None;
        return false;
    }
}

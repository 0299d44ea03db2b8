namespace Counselling.Core.Common;

/// <summary>
/// The role of someone around the client who helps or takes part (a relative acting in the plan, a contributor to the
/// outcome): a third party is named by this role only, never by a name or a free description. Stable codes in
/// <see cref="ThirdPartyRoleCodes"/>.
/// </summary>
public enum ThirdPartyRole
{
    /// <summary>No role: the default value, refused.</summary>
    None = 0,

    /// <summary>A parent or guardian (<c>parent</c>).</summary>
    Parent = 1,

    /// <summary>A brother or sister (<c>sibling</c>).</summary>
    Sibling = 2,

    /// <summary>A grandparent (<c>grandparent</c>).</summary>
    Grandparent = 3,

    /// <summary>An aunt (<c>aunt</c>).</summary>
    Aunt = 4,

    /// <summary>An uncle (<c>uncle</c>).</summary>
    Uncle = 5,

    /// <summary>Another member of the family, such as a cousin (<c>other-family</c>).</summary>
    OtherFamily = 6,

    /// <summary>A spouse or life partner (<c>spouse</c>).</summary>
    Spouse = 7,

    /// <summary>A friend (<c>friend</c>).</summary>
    Friend = 8,

    /// <summary>An employer or a manager (<c>employer</c>).</summary>
    Employer = 9,

    /// <summary>A teacher or a trainer (<c>teacher</c>).</summary>
    Teacher = 10,

    /// <summary>A partner organisation: a training centre, an association, another agency (<c>partner-organisation</c>).</summary>
    PartnerOrganisation = 11,

    /// <summary>A social worker (<c>social-worker</c>).</summary>
    SocialWorker = 12,

    /// <summary>A doctor, a psychologist or another health professional (<c>health-professional</c>).</summary>
    HealthProfessional = 13,

    /// <summary>A mentor or a sponsor (<c>mentor</c>).</summary>
    Mentor = 14,

    /// <summary>Someone in none of the roles above (<c>other</c>).</summary>
    Other = 15,
}

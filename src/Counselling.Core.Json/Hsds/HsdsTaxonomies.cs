namespace Counselling.Core.Json.Hsds;

/// <summary>
/// The taxonomies an HSDS export uses, in its services' <c>attributes</c> (each with a <c>taxonomy_term</c> of
/// <c>taxonomy</c> and <c>code</c>), to say what the library needs beyond the standard fields.
/// </summary>
public static class HsdsTaxonomies
{
    /// <summary>A barrier category the service addresses; the code is a barrier category code (<c>mobility</c>, <c>language</c>…).</summary>
    public const string Barrier = "counselling-core:barrier";

    /// <summary>A life domain the service addresses besides its barriers' domains; the code is a life domain code (<c>housing</c>, <c>social-ties</c>…).</summary>
    public const string LifeDomain = "counselling-core:life-domain";

    /// <summary>A status the service is meant for (eligibility); the code is the agency's status code (<c>job-seeker</c>, <c>youth</c>…).</summary>
    public const string EligibleStatus = "counselling-core:eligible-status";
}

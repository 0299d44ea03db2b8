namespace Counselling.Core.Services;

/// <summary>The stable codes of the reasons the service catalogue, referrals and group programmes give, for UIs that switch on them.</summary>
public static class ServicesCodes
{
    /// <summary>A suggestion: the service addresses one of the client's barriers (argument <c>barrier</c>).</summary>
    public const string AddressesBarrier = "services.suggestion.addresses-barrier";

    /// <summary>A suggestion: the service addresses a life domain the situation rates difficult or blocking (arguments <c>domain</c>, <c>status</c>).</summary>
    public const string AddressesDomain = "services.suggestion.addresses-domain";

    /// <summary>A suggestion: the agency itself provides the service.</summary>
    public const string ProvidedByAgency = "services.suggestion.provided-by-agency";

    /// <summary>Not eligible: the service has an age range and the client's age is unknown.</summary>
    public const string AgeUnknown = "services.eligibility.age-unknown";

    /// <summary>Not eligible: the client is younger than the service's minimum age (argument <c>minimum</c>).</summary>
    public const string TooYoung = "services.eligibility.too-young";

    /// <summary>Not eligible: the client is older than the service's maximum age (argument <c>maximum</c>).</summary>
    public const string TooOld = "services.eligibility.too-old";

    /// <summary>Not eligible: the client lives outside the areas served, or the area is unknown (argument <c>areas</c>).</summary>
    public const string OutsideArea = "services.eligibility.outside-area";

    /// <summary>Not eligible: the service is meant for statuses the client does not have (argument <c>statuses</c>).</summary>
    public const string StatusRequired = "services.eligibility.status-required";

    /// <summary>A referral names a service the catalogue does not have (argument <c>service</c>).</summary>
    public const string ServiceNotInCatalogue = "referral.service-not-in-catalogue";

    /// <summary>A referral names a service that takes nobody now (argument <c>service</c>).</summary>
    public const string ServiceInactive = "referral.service-inactive";

    /// <summary>The referral's action is not possible at its stage (arguments <c>action</c>, <c>state</c>).</summary>
    public const string ReferralNotAllowedInState = "referral.not-allowed-in-state";

    /// <summary>Accepting or declining a referral is the client's or the partner's answer, not the counsellor's.</summary>
    public const string AnswerByClientOrPartner = "referral.answer-by-client-or-partner";

    /// <summary>A no-show is recorded by the counsellor or the partner who expected the client.</summary>
    public const string NoShowByCounsellorOrPartner = "referral.no-show-by-counsellor-or-partner";

    /// <summary>The clock reads an instant earlier than the last change (shared with the intervention).</summary>
    public const string ClockBeforeLastChange = "clock.before-last-change";

    /// <summary>The group programme's action is not possible at its stage (arguments <c>action</c>, <c>state</c>).</summary>
    public const string GroupNotAllowedInState = "group.not-allowed-in-state";

    /// <summary>The group is full (argument <c>capacity</c>).</summary>
    public const string GroupFull = "group.full";

    /// <summary>The participant is already enrolled in the group.</summary>
    public const string AlreadyEnrolled = "group.already-enrolled";

    /// <summary>The participant is not enrolled in the group.</summary>
    public const string NotEnrolled = "group.not-enrolled";

    /// <summary>Fewer participants are enrolled than the minimum (arguments <c>enrolled</c>, <c>minimum</c>).</summary>
    public const string MinimumNotReached = "group.minimum-not-reached";

    /// <summary>The group's start has not come yet (argument <c>start</c>).</summary>
    public const string StartNotYetDue = "group.start-not-yet-due";
}

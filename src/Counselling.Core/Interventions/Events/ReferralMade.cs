using Counselling.Core.Common;
using Counselling.Core.Services;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// The counsellor referred the client to a service of the catalogue: the referral enters the action plan, the partner
/// organisation provides the service and the client attends it. The referral then goes through its own lifecycle
/// (<see cref="ReferralStatusRecorded"/>). A referral recommended after sessions without progress carries its count.
/// </summary>
/// <param name="Referral">The referral's identifier.</param>
/// <param name="Service">The service referred to.</param>
/// <param name="Organization">The organisation that provides it.</param>
/// <param name="ServiceName">The service's public name in the catalogue when the referral was made.</param>
/// <param name="OriginKind">Why the referral was made.</param>
/// <param name="SessionsWithoutProgress">For a referral recommended after sessions without progress, how many sessions in a row led to it; otherwise 0.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who made it.</param>
public sealed record ReferralMade(
    ReferralId Referral, ServiceId Service, OrganizationId Organization, string ServiceName, ReferralOriginKind OriginKind, int SessionsWithoutProgress, Instant At, Actor By)
    : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.ReferralMade;

    /// <summary>
    /// Gets the public name, in the catalogue when the referral was made, of the organisation that provides the service:
    /// who acts on the shared pathway. Histories stored before it was recorded have none.
    /// </summary>
    public string? OrganizationName { get; init; }
}

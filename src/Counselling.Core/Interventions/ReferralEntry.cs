using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Services;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <summary>
/// A referral as the intervention's action plan shows it: who does what (the partner organisation provides the service,
/// the client attends it), why it was made, and where it stands in the referral's own lifecycle.
/// </summary>
/// <param name="Id">The referral's identifier.</param>
/// <param name="Service">The service referred to.</param>
/// <param name="ServiceName">The service's public name in the catalogue when the referral was made.</param>
/// <param name="Provider">The organisation that provides the service: the partner who acts.</param>
/// <param name="Attendee">The client, who attends the service.</param>
/// <param name="Origin">Why the referral was made.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Changes">Every change, the proposal first, each attributed and dated.</param>
public sealed record ReferralEntry(
    ReferralId Id,
    ServiceId Service,
    string ServiceName,
    OrganizationId Provider,
    Actor Attendee,
    ReferralOrigin Origin,
    ReferralState State,
    IReadOnlyList<ReferralChange> Changes)
{
    /// <summary>Gets the public name of the organisation that provides the service, as the catalogue named it when the referral was made; <see langword="null"/> for referrals stored before it was recorded.</summary>
    public string? ProviderName { get; init; }

    /// <summary>Gets when the referral was made.</summary>
    public Instant MadeAt => Changes[0].At;

    /// <summary>Gets a value indicating whether the referral has ended (completed, declined, no-show or cancelled).</summary>
    public bool IsEnded => State is ReferralState.Completed or ReferralState.Declined or ReferralState.NoShow or ReferralState.Cancelled;

    /// <summary>Returns the identifier, the service and the state: never the client.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => Id + " (" + State + ", " + Service + ")";
}

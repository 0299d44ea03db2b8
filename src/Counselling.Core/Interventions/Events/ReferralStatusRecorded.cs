using Counselling.Core.Common;
using Counselling.Core.Services;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// A referral of the intervention moved in its lifecycle: accepted, started, completed, declined, missed (no-show) or
/// cancelled. The state it reaches follows from the referral's lifecycle (<see cref="Services.Referral"/>).
/// </summary>
/// <param name="Referral">The referral.</param>
/// <param name="Action">What happened to it.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it: the client or the partner for an answer, the counsellor or the partner for a no-show.</param>
public sealed record ReferralStatusRecorded(ReferralId Referral, ReferralAction Action, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.ReferralStatusRecorded;
}

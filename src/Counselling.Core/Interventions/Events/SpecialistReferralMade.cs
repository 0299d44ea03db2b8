using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// The counsellor acted on the rules' recommendation and referred the client to a psychologist or another specialist.
/// A host that tracks the referral itself proposes it with the origin "after sessions without progress" and this count.
/// </summary>
/// <param name="SessionsWithoutProgress">How many sessions in a row were without progress or without a concrete outcome when the referral was made.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record SpecialistReferralMade(int SessionsWithoutProgress, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SpecialistReferralMade;
}

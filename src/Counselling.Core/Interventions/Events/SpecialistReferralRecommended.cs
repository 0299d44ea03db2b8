using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>After sessions in a row without progress, the rules recommend referring the client to a psychologist or another specialist.</summary>
/// <param name="SessionsWithoutProgress">How many sessions in a row were without progress.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record SpecialistReferralRecommended(int SessionsWithoutProgress, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SpecialistReferralRecommended;
}

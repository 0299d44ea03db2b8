using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>Someone's own judgement of the intervention's success was recorded (the counsellor's, the client's, or a joint evaluation held in a session).</summary>
/// <param name="Fact">The fact, with the instant it became known and its source.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record JudgementRecorded(JudgementFact Fact, Instant At, Actor By) : EvidenceRecorded(At, By)
{
    internal override EventKind Kind => EventKind.JudgementRecorded;
}

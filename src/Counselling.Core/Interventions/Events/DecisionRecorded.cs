using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A decision the client made was recorded (an occupation chosen, a course, a job).</summary>
/// <param name="Fact">The fact, with the instant it became known and its source.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record DecisionRecorded(DecisionFact Fact, Instant At, Actor By) : EvidenceRecorded(At, By)
{
    internal override EventKind Kind => EventKind.DecisionRecorded;
}

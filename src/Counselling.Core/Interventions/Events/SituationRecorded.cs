using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The client's situation was recorded: employment, training, job seeking, with the quality of the job; at a follow-up, months after closure.</summary>
/// <param name="Fact">The fact, with the instant it became known and its source.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record SituationRecorded(SituationFact Fact, Instant At, Actor By) : EvidenceRecorded(At, By)
{
    internal override EventKind Kind => EventKind.SituationRecorded;
}

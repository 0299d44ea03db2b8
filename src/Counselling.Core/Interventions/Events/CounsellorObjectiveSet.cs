using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>One of the counsellor's own objectives for the intervention was set.</summary>
/// <param name="Fact">The fact, with the instant it became known and its source.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record CounsellorObjectiveSet(CounsellorObjectiveFact Fact, Instant At, Actor By) : EvidenceRecorded(At, By)
{
    internal override EventKind Kind => EventKind.CounsellorObjectiveSet;
}

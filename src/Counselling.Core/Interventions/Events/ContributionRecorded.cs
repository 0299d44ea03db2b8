using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A third party's contribution was recorded as theirs (the aunt helped apply to college).</summary>
/// <param name="Fact">The fact, with the instant it became known and its source.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record ContributionRecorded(ContributionFact Fact, Instant At, Actor By) : EvidenceRecorded(At, By)
{
    internal override EventKind Kind => EventKind.ContributionRecorded;
}

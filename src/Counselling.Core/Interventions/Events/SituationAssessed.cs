using Counselling.Core.Common;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The client's global situation was assessed with the client, life domain by life domain.</summary>
/// <param name="Assessment">The assessment: for each life domain the client's view, the counsellor's view and what they agreed.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record SituationAssessed(SituationAssessment Assessment, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SituationAssessed;
}

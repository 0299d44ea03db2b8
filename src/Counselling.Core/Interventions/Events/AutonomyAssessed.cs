using Counselling.Core.Common;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// The client's autonomy was assessed (at intake, along the way, at closure), with the mode of help agreed for the next
/// steps. The case record reads the intake and closure assessments as the evaluation's autonomy evidence.
/// </summary>
/// <param name="Assessment">The assessment, with the instant it was made and who made it.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record AutonomyAssessed(AutonomyAssessment Assessment, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.AutonomyAssessed;
}

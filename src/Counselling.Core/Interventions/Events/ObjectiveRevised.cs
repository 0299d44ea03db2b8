using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A proposed objective was reworked with the client before any agreement (aspirations negotiated against reality).</summary>
/// <param name="Objective">The objective as revised; same identifier.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who revised it.</param>
public sealed record ObjectiveRevised(SmartObjective Objective, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.ObjectiveRevised;
}

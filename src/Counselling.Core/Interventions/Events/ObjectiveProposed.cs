using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>An objective was proposed: co-defined with the client, not agreed yet (a proposal and nothing more).</summary>
/// <param name="Objective">The objective as proposed.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who proposed it.</param>
public sealed record ObjectiveProposed(SmartObjective Objective, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.ObjectiveProposed;
}

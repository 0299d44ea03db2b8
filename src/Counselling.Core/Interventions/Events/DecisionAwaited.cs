using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// An option of the plan now waits for a decision from outside ("answer from the army recruitment office", "college
/// admission answer"), expected on a date: the option is waiting for a decision until every decision it waits for is
/// received.
/// </summary>
/// <param name="Option">The option's label, a short code.</param>
/// <param name="Decision">The decision's number in the intervention, 1 for the first awaited, then 2…: what its answer names.</param>
/// <param name="Label">The decision's name, in the words chosen with the client.</param>
/// <param name="ExpectedOn">The date the decision is expected.</param>
/// <param name="At">When it was noted.</param>
/// <param name="By">Who noted it.</param>
public sealed record DecisionAwaited(string Option, int Decision, [property: PersonalData] string Label, LocalDate ExpectedOn, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.DecisionAwaited;
}

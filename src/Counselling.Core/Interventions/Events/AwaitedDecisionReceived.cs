using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// A decision an option waited for came: accepted (<see cref="OptionStatus.Succeeded"/>) or refused
/// (<see cref="OptionStatus.Failed"/>), in the options' own vocabulary. A refusal ends the option; the option is achieved
/// once every decision it waited for was accepted.
/// </summary>
/// <param name="Option">The option's label, a short code.</param>
/// <param name="Decision">The decision's number in the intervention (<see cref="DecisionAwaited.Decision"/>).</param>
/// <param name="Outcome">The answer: <see cref="OptionStatus.Succeeded"/> or <see cref="OptionStatus.Failed"/>.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record AwaitedDecisionReceived(string Option, int Decision, OptionStatus Outcome, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.AwaitedDecisionReceived;
}

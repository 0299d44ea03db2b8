using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// The decisions from outside an option of the plan waits for: plan A, the army, waits for the answer of the recruitment
/// office expected on a date; plan B, industrial mechanic, for the college's admission answer. Each is noted with its
/// date (<see cref="AwaitDecision"/>), then its answer recorded (<see cref="RecordDecisionOutcome"/>), accepted or
/// refused in the options' vocabulary; the option's status follows, and the case record reads it as option evidence.
/// </content>
public sealed partial class Intervention
{
    // The decisions awaited so far in the intervention: the next one noted takes the next number.
    private int _awaitedDecisions;

    /// <summary>
    /// Notes that an option of the plan waits for a decision from outside, expected on a date: the option is then
    /// waiting for a decision, expected by the earliest date of the decisions it still waits for.
    /// </summary>
    /// <param name="option">The option's label (<see cref="AddOption"/>).</param>
    /// <param name="decision">The decision's name, in the words chosen with the client ("answer from the army recruitment office"): at most <see cref="TextLimits.Label"/> characters.</param>
    /// <param name="expectedOn">The date the decision is expected, in the intervention's time zone.</param>
    /// <param name="by">Who notes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="option"/> or <paramref name="decision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="option"/> is not a short code, <paramref name="decision"/> is blank or too long, or <paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedOn"/> lies outside <see cref="SupportedDates"/>.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>option.unknown</c>, <c>option.resolved</c>,
    /// <c>option.decision-already-awaited</c>…). Nothing changes.
    /// </exception>
    public void AwaitDecision(string option, string decision, LocalDate expectedOn, Actor by)
    {
        Guard.Known(by);
        var context = AwaitDecisionContext(option, decision, expectedOn);
        Execute(in context, new DecisionAwaited(option, _awaitedDecisions + 1, context.DecisionLabel!, expectedOn, context.Now, by));
    }

    /// <summary>Says whether an option may be noted as waiting for a decision now, and if not why.</summary>
    /// <param name="option">The option's label.</param>
    /// <param name="decision">The decision's name.</param>
    /// <param name="expectedOn">The date the decision is expected.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="option"/> or <paramref name="decision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="option"/> is not a short code, or <paramref name="decision"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedOn"/> lies outside <see cref="SupportedDates"/>.</exception>
    public Permission CanAwaitDecision(string option, string decision, LocalDate expectedOn)
        => Evaluate(AwaitDecisionContext(option, decision, expectedOn));

    /// <summary>
    /// Records the answer to a decision an option waits for: accepted (<see cref="OptionStatus.Succeeded"/>) or refused
    /// (<see cref="OptionStatus.Failed"/>). A refusal ends the option (failed); the option is achieved once every decision it
    /// waited for was accepted. The answer may come after the intervention closed.
    /// </summary>
    /// <param name="option">The option's label.</param>
    /// <param name="decision">The decision's name, as it was noted with <see cref="AwaitDecision"/>.</param>
    /// <param name="outcome">The answer: <see cref="OptionStatus.Succeeded"/> (accepted) or <see cref="OptionStatus.Failed"/> (refused).</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="option"/> or <paramref name="decision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="option"/> is not a short code, <paramref name="decision"/> is blank or too long, or <paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is neither <see cref="OptionStatus.Succeeded"/> nor <see cref="OptionStatus.Failed"/>.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>option.unknown</c>, <c>option.decision-unknown</c>,
    /// <c>option.decision-already-received</c>, <c>option.resolved</c>…). Nothing changes.
    /// </exception>
    public void RecordDecisionOutcome(string option, string decision, OptionStatus outcome, Actor by)
    {
        Guard.Known(by);
        var context = DecisionOutcomeContext(option, decision, outcome);
        Execute(in context, new AwaitedDecisionReceived(option, context.DecisionNumber, outcome, context.Now, by));
    }

    /// <summary>Says whether the answer to a decision an option waits for may be recorded now, and if not why.</summary>
    /// <param name="option">The option's label.</param>
    /// <param name="decision">The decision's name.</param>
    /// <param name="outcome">The answer: <see cref="OptionStatus.Succeeded"/> or <see cref="OptionStatus.Failed"/>.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="option"/> or <paramref name="decision"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="option"/> is not a short code, or <paramref name="decision"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is neither <see cref="OptionStatus.Succeeded"/> nor <see cref="OptionStatus.Failed"/>.</exception>
    public Permission CanRecordDecisionOutcome(string option, string decision, OptionStatus outcome)
        => Evaluate(DecisionOutcomeContext(option, decision, outcome));

    /// <summary>Whether an answer is one of the two a decision gives: accepted or refused.</summary>
    private static bool IsDecisionOutcome(OptionStatus outcome) => outcome is OptionStatus.Succeeded or OptionStatus.Failed;

    private AwaitDecisionInput AwaitDecisionContext(string option, string decision, LocalDate expectedOn)
    {
        EvidenceGuard.Code(option);
        var label = Bounds.Required(decision, TextLimits.Label).Trim();
        Bounds.Date(expectedOn, nameof(expectedOn));
        return new AwaitDecisionInput(_clock.GetCurrentInstant(), false, option, label, expectedOn);
    }

    private DecisionOutcomeInput DecisionOutcomeContext(string option, string decision, OptionStatus outcome)
    {
        EvidenceGuard.Code(option);
        var label = Bounds.Required(decision, TextLimits.Label).Trim();
        if (!IsDecisionOutcome(Guard.Defined(outcome)))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), "A decision is accepted (Succeeded) or refused (Failed).");
        }

        return new DecisionOutcomeInput(_clock.GetCurrentInstant(), false, option, NumberOf(option, label), outcome);
    }

    /// <summary>The number of the decision of that name an option waits or waited for: the one still awaited first, else the latest; 0 when none.</summary>
    private int NumberOf(string option, string label)
    {
        var number = 0;
        if (OptionNamed(option) is { } found)
        {
            foreach (var decision in found.Decisions)
            {
                if (string.Equals(decision.Label, label, StringComparison.Ordinal) && (number == 0 || !decision.IsReceived))
                {
                    number = decision.Number;
                    if (!decision.IsReceived)
                    {
                        break;
                    }
                }
            }
        }

        return number;
    }
}

using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The planned sessions were held: the share held among planned sessions that took place or not reaches the threshold
/// (default all). Sessions held without being planned ahead are no fault: when none was planned, held ones meet it.
/// </summary>
internal sealed class SessionsHeldAsPlannedRule : CriterionRule
{
    public override string Id => BuiltInCriteria.SessionsHeldAsPlanned;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Process;

    public override EvidenceKinds Reads => EvidenceKinds.Sessions;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 1;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var digest = moment.Sessions;
        int held = digest.PlannedHeld, notHeld = digest.PlannedNotHeld, heldUnplanned = digest.UnplannedHeld;
        if (reasons is not null)
        {
            Explain(record, moment, reasons);
        }

        if (held + notHeld == 0 && heldUnplanned > 0)
        {
            // Sessions held without being booked ahead: nothing planned was missed, so the process is not penalised.
            reasons?.Add(new Reason("evaluation.sessions.held-unplanned", Arg("count", heldUnplanned)));
            return CriterionOutcome.Met;
        }

        if (held + notHeld == 0)
        {
            var hasUpcoming = NextPlannedSession(moment, out var upcoming);
            reasons?.Add(hasUpcoming ? new Reason("evaluation.sessions.none-yet") : new Reason("evaluation.sessions.none-planned"));
            return hasUpcoming ? CriterionOutcome.Pending(upcoming) : CriterionOutcome.NoEvidence;
        }

        reasons?.Add(new Reason("evaluation.sessions.held-count", Arg("held", held), Arg("planned", held + notHeld)));
        return CriterionOutcome.FromShare(held, held + notHeld, settings.Threshold);
    }

    private static void Explain(CaseRecord record, in EvaluationMoment moment, List<Reason> reasons)
    {
        var sessions = record.SessionArray;
        for (var i = 0; i < sessions.Length && sessions[i].IsKnownBy(moment.Cutoff); i++)
        {
            ref readonly var s = ref sessions[i];
            if (s.Planned && s.Status is SessionStatus.Missed or SessionStatus.Cancelled && FactList.IsCurrent(sessions, record.SessionNext, i, moment.Cutoff))
            {
                reasons.Add(new Reason(
                    s.Status == SessionStatus.Missed ? "evaluation.sessions.missed" : "evaluation.sessions.cancelled",
                    Arg("session", s.Session),
                    Arg("on", s.ScheduledOn ?? moment.DateOf(s.KnownAt))));
            }
        }
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.Sessions == 0 ? CriterionOutcome.NoEvidence : CriterionOutcome.FromShare(counted.SessionsHeld, counted.Sessions, settings.Threshold);
}

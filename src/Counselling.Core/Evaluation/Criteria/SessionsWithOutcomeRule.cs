using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>Every held session ended with a concrete outcome; the share reaching the threshold (default all) meets it.</summary>
internal sealed class SessionsWithOutcomeRule : CriterionRule
{
    public override string Id => BuiltInCriteria.SessionsWithOutcome;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Process;

    public override EvidenceKinds Reads => EvidenceKinds.Sessions;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 1;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        int held = moment.Sessions.Held, withOutcome = moment.Sessions.WithOutcome;
        if (reasons is not null && withOutcome < held)
        {
            var sessions = record.SessionArray;
            for (var i = 0; i < sessions.Length && sessions[i].IsKnownBy(moment.Cutoff); i++)
            {
                ref readonly var s = ref sessions[i];
                if (s.Status == SessionStatus.Held && !s.HasOutcome && FactList.IsCurrent(sessions, record.SessionNext, i, moment.Cutoff))
                {
                    reasons.Add(new Reason("evaluation.outcomes.missing", Arg("session", s.Session), Arg("on", moment.DateOf(s.KnownAt))));
                }
            }
        }

        if (held == 0)
        {
            var hasUpcoming = NextPlannedSession(moment, out var upcoming);
            reasons?.Add(hasUpcoming ? new Reason("evaluation.outcomes.none-yet") : new Reason("evaluation.outcomes.no-session"));
            return hasUpcoming ? CriterionOutcome.Pending(upcoming) : CriterionOutcome.NoEvidence;
        }

        reasons?.Add(new Reason("evaluation.outcomes.count", Arg("count", withOutcome), Arg("held", held)));
        return CriterionOutcome.FromShare(withOutcome, held, settings.Threshold);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.SessionsHeld == 0 ? CriterionOutcome.NoEvidence : CriterionOutcome.FromShare(counted.SessionsWithOutcome, counted.SessionsHeld, settings.Threshold);
}

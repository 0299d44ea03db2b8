using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>Each objective's indicator reached its target (by any reading known), before the deadline passed or since.</summary>
internal sealed class ObjectiveReachedRule : CriterionRule
{
    public override string Id => BuiltInCriteria.ObjectiveReached;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Objectives | EvidenceKinds.Readings;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 1;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var objectives = record.ObjectiveArray;
        var readings = record.ReadingArray;
        int total = 0, reached = 0, missed = 0;
        LocalDate? earliest = null;
        for (var i = 0; i < objectives.Length; i++)
        {
            ref readonly var o = ref objectives[i];
            if (!o.IsKnownBy(moment.Cutoff))
            {
                break;
            }

            if (!FactList.IsCurrent(objectives, record.ObjectiveNext, i, moment.Cutoff))
            {
                continue;
            }

            total++;
            // The first reading to reach the target, found when the record was built: known by now, or not yet.
            var hit = record.ObjectiveReach[i] is var first and >= 0 && readings[first].IsKnownBy(moment.Cutoff) ? first : -1;

            if (hit >= 0)
            {
                reached++;
                reasons?.Add(new Reason(
                    "evaluation.objective.reached",
                    Arg("objective", o.Objective),
                    Arg("value", readings[hit].Value),
                    Arg("target", o.Target),
                    Arg("known", moment.DateOf(readings[hit].KnownAt)),
                    Arg("source", readings[hit].Source)));
            }
            else if (o.Deadline >= moment.Today)
            {
                earliest = Min(earliest, o.Deadline);
                reasons?.Add(new Reason("evaluation.objective.pending", Arg("objective", o.Objective), Arg("target", o.Target), Arg("deadline", o.Deadline)));
            }
            else
            {
                missed++;
                reasons?.Add(new Reason("evaluation.objective.missed", Arg("objective", o.Objective), Arg("target", o.Target), Arg("deadline", o.Deadline)));
            }
        }

        if (total == 0 && ClosedAsOneOffAdvice(record, moment))
        {
            reasons?.Add(new Reason("evaluation.objective.one-off-advice"));
            return CriterionOutcome.NotApplicable;
        }

        if (total == 0)
        {
            reasons?.Add(new Reason("evaluation.objective.none"));
            return CriterionOutcome.NoEvidence;
        }

        return reached + missed == 0 ? CriterionOutcome.Pending(earliest) : CriterionOutcome.FromShare(reached, total, settings.Threshold);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.ClosedAsOneOffAdvice ? CriterionOutcome.NotApplicable : CriterionOutcome.NoEvidence;
}

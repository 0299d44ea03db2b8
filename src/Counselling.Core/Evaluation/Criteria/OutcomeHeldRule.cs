using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The job or course entered still holds at a follow-up at least the rubric's number of months after closure (default 6).</summary>
internal sealed class OutcomeHeldRule : CriterionRule
{
    public override string Id => BuiltInCriteria.OutcomeHeld;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Situations | EvidenceKinds.Courses;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 6;

    public override double ThresholdMinimum => 1;

    public override double ThresholdMaximum => 120;

    public override bool WholeThreshold => true;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var months = (int)settings.Threshold;
        var situations = record.SituationArray;
        var entered = false;
        var latest = -1;
        for (var i = 0; i < situations.Length && situations[i].IsKnownBy(moment.Cutoff); i++)
        {
            entered |= situations[i].IsEmploymentOrTraining;
            if (situations[i].MonthsAfterClosure >= months)
            {
                latest = i;
            }
        }

        if (!entered)
        {
            reasons?.Add(new Reason("evaluation.held.nothing-entered"));
            return CriterionOutcome.NotApplicable;
        }

        if (latest >= 0)
        {
            ref readonly var s = ref situations[latest];
            reasons?.Add(new Reason(
                s.IsEmploymentOrTraining ? "evaluation.held.yes" : "evaluation.held.no",
                Arg("activity", s.Activity),
                Arg("months", s.MonthsAfterClosure!.Value),
                Arg("known", moment.DateOf(s.KnownAt)),
                Arg("source", s.Source)));
            return s.IsEmploymentOrTraining ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        }

        return AwaitFollowUp(record, moment, months, "evaluation.held", reasons);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.Entered ? AwaitFollowUp(counted, (int)settings.Threshold) : CriterionOutcome.NotApplicable;
}

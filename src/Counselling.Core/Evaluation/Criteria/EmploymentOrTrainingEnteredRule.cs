using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The client entered a job or a course, during the intervention or by a follow-up.</summary>
internal sealed class EmploymentOrTrainingEnteredRule : CriterionRule
{
    public override string Id => BuiltInCriteria.EmploymentOrTrainingEntered;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Situations | EvidenceKinds.Courses;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var situations = record.SituationArray;
        var lastFollowUp = -1;
        for (var i = 0; i < situations.Length && situations[i].IsKnownBy(moment.Cutoff); i++)
        {
            ref readonly var s = ref situations[i];
            if (s.IsEmploymentOrTraining)
            {
                reasons?.Add(new Reason("evaluation.entered.yes", Arg("activity", s.Activity), Arg("known", moment.DateOf(s.KnownAt)), Arg("source", s.Source)));
                return CriterionOutcome.Met;
            }

            if (s.IsFollowUp)
            {
                lastFollowUp = i;
            }
        }

        if (lastFollowUp >= 0)
        {
            ref readonly var s = ref situations[lastFollowUp];
            reasons?.Add(new Reason("evaluation.entered.no", Arg("activity", s.Activity), Arg("months", s.MonthsAfterClosure!.Value), Arg("known", moment.DateOf(s.KnownAt))));
            return CriterionOutcome.NotMet;
        }

        return AwaitFollowUp(record, moment, settings.FollowUpMonths, "evaluation.entered", reasons);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.Entered ? CriterionOutcome.Met : AwaitFollowUp(counted, settings.FollowUpMonths);
}

using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The client would come back if needed and would recommend the service: met when every answer given is yes, partly met when one is.</summary>
internal sealed class ComeBackOrRecommendRule : CriterionRule
{
    public override string Id => BuiltInCriteria.WouldComeBackOrRecommend;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Impact;

    public override EvidenceKinds Reads => EvidenceKinds.Satisfaction;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var answers = record.SatisfactionArray;
        int comeBack = -1, recommend = -1;
        for (var i = 0; i < answers.Length && answers[i].IsKnownBy(moment.Cutoff); i++)
        {
            comeBack = answers[i].WouldComeBack is null ? comeBack : i;
            recommend = answers[i].WouldRecommend is null ? recommend : i;
        }

        if (comeBack < 0 && recommend < 0)
        {
            return AwaitFollowUp(record, moment, settings.FollowUpMonths, "evaluation.come-back", reasons);
        }

        int known = 0, yes = 0;
        if (comeBack >= 0)
        {
            known++;
            var answer = answers[comeBack].WouldComeBack == true;
            yes += answer ? 1 : 0;
            reasons?.Add(new Reason(answer ? "evaluation.come-back.yes" : "evaluation.come-back.no", Arg("known", moment.DateOf(answers[comeBack].KnownAt)), Arg("source", answers[comeBack].Source)));
        }

        if (recommend >= 0)
        {
            known++;
            var answer = answers[recommend].WouldRecommend == true;
            yes += answer ? 1 : 0;
            reasons?.Add(new Reason(answer ? "evaluation.recommend.yes" : "evaluation.recommend.no", Arg("known", moment.DateOf(answers[recommend].KnownAt)), Arg("source", answers[recommend].Source)));
        }

        return CriterionOutcome.FromShare(yes, known, 1);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.WouldRecommend is { } yes ? CriterionOutcome.FromShare(yes ? 1 : 0, 1, 1) : AwaitFollowUp(counted, settings.FollowUpMonths);
}

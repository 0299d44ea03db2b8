using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The client's latest satisfaction answer is at or above the threshold, as a share of its scale (default 75 %).</summary>
internal sealed class SatisfactionRule : CriterionRule
{
    public override string Id => BuiltInCriteria.Satisfaction;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Impact;

    public override EvidenceKinds Reads => EvidenceKinds.Satisfaction;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 0.75;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var answers = record.SatisfactionArray;
        var latest = -1;
        for (var i = 0; i < answers.Length && answers[i].IsKnownBy(moment.Cutoff); i++)
        {
            latest = i;
        }

        if (latest < 0)
        {
            return AwaitFollowUp(record, moment, settings.FollowUpMonths, "evaluation.satisfaction", reasons);
        }

        ref readonly var a = ref answers[latest];
        var share = a.Score.Normalised;
        var met = share >= settings.Threshold;
        reasons?.Add(new Reason(
            met ? "evaluation.satisfaction.met" : "evaluation.satisfaction.below",
            Arg("score", a.Score.Value),
            Arg("minimum", a.Score.Minimum),
            Arg("maximum", a.Score.Maximum),
            Arg("threshold", (int)Math.Round(settings.Threshold * 100)),
            Arg("known", moment.DateOf(a.KnownAt)),
            Arg("source", a.Source)));
        return new CriterionOutcome(met ? CriterionStatus.Met : CriterionStatus.NotMet, share, null);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.Satisfaction is { } score
            ? new CriterionOutcome(score.Normalised >= settings.Threshold ? CriterionStatus.Met : CriterionStatus.NotMet, score.Normalised, null)
            : AwaitFollowUp(counted, settings.FollowUpMonths);
}

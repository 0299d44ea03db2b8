using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>Runs a host's <see cref="CustomCriterion"/> as a rule; unlike the built-in rules it allocates, also in summary mode.</summary>
internal sealed class CustomCriterionRule(CustomCriterion criterion) : CriterionRule
{
    public override string Id => criterion.Code;

    public override EvaluationAxis DefaultAxis => criterion.Axis;

    public override EvidenceKinds Reads => EvidenceKinds.None;

    public override bool HasThreshold => true;

    public override double ThresholdMaximum => double.MaxValue;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var context = new CriterionContext(moment.AsOf, moment.Zone, double.IsNaN(settings.Threshold) ? null : settings.Threshold, settings.FollowUpMonths);
        var found = criterion.Evaluate(record, context) ?? throw new System.InvalidOperationException("A custom criterion returned no evaluation.");
        reasons?.AddRange(found.Reasons);
        return new CriterionOutcome(found.Status, found.Score, found.ExpectedBy);
    }
}

using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Situation;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// Autonomy increased between intake and closure: met when the closure level, as a share of its scale,
/// exceeds the intake level by more than nothing and at least the threshold (default: any increase), or when both sit at
/// the top of the scale; partly met for a smaller increase; not met otherwise.
/// </summary>
internal sealed class AutonomyIncreasedRule : CriterionRule
{
    public override string Id => BuiltInCriteria.AutonomyIncreased;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Impact;

    public override EvidenceKinds Reads => EvidenceKinds.Autonomy;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 0;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var readings = record.AutonomyArray;
        Latest(readings, moment.Cutoff, out var intake, out var closure);
        if (intake < 0)
        {
            reasons?.Add(new Reason("evaluation.autonomy.no-intake"));
            return CriterionOutcome.NoEvidence;
        }

        if (closure < 0)
        {
            if (moment.IsClosed)
            {
                reasons?.Add(new Reason("evaluation.autonomy.no-closure-reading"));
                return CriterionOutcome.NoEvidence;
            }

            reasons?.Add(record.PlannedEnd is { } end ? new Reason("evaluation.autonomy.awaiting-closure", Arg("due", end)) : new Reason("evaluation.autonomy.awaiting-closure-undated"));
            return CriterionOutcome.Pending(record.PlannedEnd);
        }

        var before = readings[intake].Level;
        var after = readings[closure].Level;
        var (outcome, code) = Compare(before, after, settings.Threshold);
        reasons?.Add(new Reason(code, Arg("before", before.Value), Arg("after", after.Value), Arg("maximum", after.Maximum), Arg("known", moment.DateOf(readings[closure].KnownAt))));
        return outcome;
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.AutonomyAtIntake is not { } before ? CriterionOutcome.NoEvidence
            : counted.AutonomyAtClosure is not { } after ? (counted.IsClosed ? CriterionOutcome.NoEvidence : CriterionOutcome.Pending(counted.PlannedEnd))
            : Compare(before, after, settings.Threshold).Outcome;

    /// <summary>The latest readings at intake and at closure known at the cutoff, or -1.</summary>
    internal static void Latest(AutonomyReading[] readings, in KnownCutoff cutoff, out int intake, out int closure)
    {
        unchecked
        {
            intake = -1;
            closure = -1;
            for (var i = 0; i < readings.Length && readings[i].IsKnownBy(cutoff); i++)
            {
                if (readings[i].Moment == AssessmentMoment.Intake)
                {
                    intake = i;
                }
                else
                {
                    closure = i;
                }
            }
        }
    }

    /// <summary>The outcome of two levels, intake then closure, and the code of its reason.</summary>
    internal static (CriterionOutcome Outcome, string Code) Compare(ScaleScore before, ScaleScore after, double threshold)
    {
        var delta = after.Normalised - before.Normalised;
        return before.Normalised >= 1 && after.Normalised >= 1 ? (CriterionOutcome.Met, "evaluation.autonomy.stayed-top")
            : delta > 0 && delta >= threshold ? (CriterionOutcome.Met, "evaluation.autonomy.increased")
            : delta > 0 ? (new CriterionOutcome(CriterionStatus.PartlyMet, delta / threshold, null), "evaluation.autonomy.increased-little")
            : (CriterionOutcome.NotMet, "evaluation.autonomy.not-increased");
    }
}

using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Evaluation;

/// <summary>Turns the three axes (and the scores) into a verdict under a policy, and says why.</summary>
internal static class VerdictRules
{
    /// <summary>
    /// Decides under a policy. Unknown criteria (no evidence, overdue) and pending ones are open: a success only when it
    /// holds whatever they turn out to be, not successful only when none of them could change that; otherwise pending
    /// when something awaited on a date to come could settle it, undetermined when only what is unknown could.
    /// </summary>
    public static Verdict Decide(VerdictPolicy policy, CriterionStatus result, CriterionStatus process, CriterionStatus impact, double score, double optimisticScore, double threshold, bool scorePending)
    {
        bool success, failure, pending;
        switch (policy)
        {
            case VerdictPolicy.ProcessAndImpactMet:
                success = IsMet(process) && IsMet(impact);
                failure = IsShort(process) || IsShort(impact);
                pending = process == CriterionStatus.Pending || impact == CriterionStatus.Pending;
                break;
            case VerdictPolicy.AllAxesMet:
                success = IsMet(result) && IsMet(process) && IsMet(impact);
                failure = IsShort(result) || IsShort(process) || IsShort(impact);
                pending = result == CriterionStatus.Pending || process == CriterionStatus.Pending || impact == CriterionStatus.Pending;
                break;
            default:
                success = score >= threshold;
                failure = optimisticScore < threshold;
                pending = scorePending;
                break;
        }

        return success ? Verdict.Success : failure ? Verdict.NotSuccessful : pending ? Verdict.Pending : Verdict.Undetermined;
    }

    public static List<Reason> Explain(Rubric rubric, Verdict verdict, CriterionStatus result, CriterionStatus process, CriterionStatus impact, double score, NodaTime.LocalDate? reEvaluateAfter, NodaTime.LocalDate? overdueSince)
    {
        var code = verdict switch
        {
            Verdict.Success => "evaluation.verdict.success",
            Verdict.Pending => "evaluation.verdict.pending",
            Verdict.Undetermined => "evaluation.verdict.undetermined",
            _ => "evaluation.verdict.not-successful",
        };
        var reasons = new List<Reason>
        {
            rubric.Policy == VerdictPolicy.WeightedScoreAtLeast
                ? new Reason(
                    code + "-score",
                    new ReasonArgument("score", EvaluationReport.Percent(score)),
                    new ReasonArgument("threshold", EvaluationReport.Percent(rubric.ScoreThreshold ?? 0)))
                : new Reason(
                    code,
                    new ReasonArgument("policy", rubric.Policy),
                    new ReasonArgument("result", result),
                    new ReasonArgument("process", process),
                    new ReasonArgument("impact", impact)),
        };
        if (rubric.Policy == VerdictPolicy.ProcessAndImpactMet && !IsMet(result))
        {
            reasons.Add(new Reason("evaluation.verdict.result-not-required", new ReasonArgument("result", result)));
        }

        if (reEvaluateAfter is { } date)
        {
            reasons.Add(new Reason("evaluation.verdict.re-evaluate-after", new ReasonArgument("date", date)));
        }

        if (overdueSince is { } since)
        {
            reasons.Add(new Reason("evaluation.verdict.overdue", new ReasonArgument("date", since)));
        }

        return reasons;
    }

    private static bool IsMet(CriterionStatus status) => status is CriterionStatus.Met or CriterionStatus.NotApplicable;

    /// <summary>Whether an axis is judged short: some criterion is not met or only partly met, whatever is still open.</summary>
    private static bool IsShort(CriterionStatus status) => status is CriterionStatus.NotMet or CriterionStatus.PartlyMet;
}

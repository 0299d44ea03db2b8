using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Evaluation;

/// <summary>Turns the three axes (and the scores) into a verdict under a policy, and says why.</summary>
internal static class VerdictRules
{
    public static Verdict Decide(VerdictPolicy policy, CriterionStatus result, CriterionStatus process, CriterionStatus impact, double score, double optimisticScore, double threshold)
    {
        switch (policy)
        {
            case VerdictPolicy.ProcessAndImpactMet:
                if (IsMet(process) && IsMet(impact))
                {
                    return Verdict.Success;
                }

                return IsMetOrPending(process) && IsMetOrPending(impact) ? Verdict.Pending : Verdict.NotSuccessful;
            case VerdictPolicy.AllAxesMet:
                if (IsMet(result) && IsMet(process) && IsMet(impact))
                {
                    return Verdict.Success;
                }

                return IsMetOrPending(process) && IsMetOrPending(impact) && IsMetOrPending(result) ? Verdict.Pending : Verdict.NotSuccessful;
            default:
                return score >= threshold ? Verdict.Success : optimisticScore >= threshold ? Verdict.Pending : Verdict.NotSuccessful;
        }
    }

    public static List<Reason> Explain(Rubric rubric, Verdict verdict, CriterionStatus result, CriterionStatus process, CriterionStatus impact, double score, NodaTime.LocalDate? reEvaluateAfter)
    {
        var code = verdict switch
        {
            Verdict.Success => "evaluation.verdict.success",
            Verdict.Pending => "evaluation.verdict.pending",
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

        return reasons;
    }

    private static bool IsMet(CriterionStatus status) => status is CriterionStatus.Met or CriterionStatus.NotApplicable;

    private static bool IsMetOrPending(CriterionStatus status) => status is CriterionStatus.Met or CriterionStatus.NotApplicable or CriterionStatus.Pending;
}

using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation;

/// <summary>Computes the points of view a full report shows beside the rubric's verdict.</summary>
internal static class Perspectives
{
    public static PerspectiveResult[] Compute(CaseRecord record, in EvaluationMoment moment, Rubric rubric, in EvaluationSummary summary, IReadOnlyList<CriterionResult> criteria)
        =>
        [
            CounsellorObjectives(record, moment, rubric, criteria),
            Judgement(record, moment, JudgeKind.Counsellor, EvaluationPerspective.CounsellorJudgement),
            Judgement(record, moment, JudgeKind.Client, EvaluationPerspective.ClientJudgement),
            Judgement(record, moment, JudgeKind.Joint, EvaluationPerspective.JointEvaluation),
            AllAxes(summary),
        ];

    private static PerspectiveResult AllAxes(in EvaluationSummary s)
    {
        var verdict = VerdictRules.Decide(VerdictPolicy.AllAxesMet, s.Result, s.Process, s.Impact, s.Score, s.Score, 0, false);
        return new PerspectiveResult(EvaluationPerspective.AllAxesMet, verdict,
        [
            new Reason(
                "evaluation.perspective.all-axes",
                new ReasonArgument("verdict", verdict),
                new ReasonArgument("result", s.Result),
                new ReasonArgument("process", s.Process),
                new ReasonArgument("impact", s.Impact)),
        ]);
    }

    private static PerspectiveResult Judgement(CaseRecord record, in EvaluationMoment moment, JudgeKind judge, EvaluationPerspective perspective)
    {
        var judgements = record.JudgementArray;
        var latest = -1;
        for (var i = 0; i < judgements.Length && judgements[i].KnownAt <= moment.AsOf; i++)
        {
            if (judgements[i].Judge == judge)
            {
                latest = i;
            }
        }

        if (latest < 0)
        {
            return new PerspectiveResult(perspective, null, [new Reason("evaluation.perspective.no-judgement", new ReasonArgument("judge", judge))]);
        }

        var j = judgements[latest];
        var verdict = j.Answer switch
        {
            JudgementAnswer.Succeeded => Verdict.Success,
            JudgementAnswer.NotYetKnown => Verdict.Pending,
            _ => Verdict.NotSuccessful,
        };
        var reason = j.Session is { } session
            ? new Reason("evaluation.perspective.judgement-in-session", new ReasonArgument("judge", judge), new ReasonArgument("answer", j.Answer), new ReasonArgument("session", session), new ReasonArgument("known", moment.DateOf(j.KnownAt)), new ReasonArgument("source", j.Source))
            : new Reason("evaluation.perspective.judgement", new ReasonArgument("judge", judge), new ReasonArgument("answer", j.Answer), new ReasonArgument("known", moment.DateOf(j.KnownAt)), new ReasonArgument("source", j.Source));
        return new PerspectiveResult(perspective, verdict, [reason]);
    }

    private static PerspectiveResult CounsellorObjectives(CaseRecord record, in EvaluationMoment moment, Rubric rubric, IReadOnlyList<CriterionResult> criteria)
    {
        var objectives = record.CounsellorObjectiveArray;
        var reasons = new List<Reason>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        int count = 0, met = 0, pending = 0, unknown = 0;
        for (var i = 0; i < objectives.Length && objectives[i].KnownAt <= moment.AsOf; i++)
        {
            var code = objectives[i].Criterion;
            if (!seen.Add(code))
            {
                continue;
            }

            count++;
            var status = StatusOf(code, record, moment, rubric, criteria);
            if (status is null)
            {
                reasons.Add(new Reason("evaluation.perspective.objective-unknown", new ReasonArgument("criterion", code)));
                continue;
            }

            met += status is CriterionStatus.Met or CriterionStatus.NotApplicable ? 1 : 0;
            pending += status == CriterionStatus.Pending ? 1 : 0;
            unknown += status is CriterionStatus.NoEvidence or CriterionStatus.Overdue ? 1 : 0;
            reasons.Add(new Reason(
                "evaluation.perspective.objective",
                new ReasonArgument("criterion", new Reason("evaluation.criterion." + code)),
                new ReasonArgument("status", status.Value),
                new ReasonArgument("set", moment.DateOf(objectives[i].KnownAt))));
        }

        if (count == 0)
        {
            return new PerspectiveResult(EvaluationPerspective.CounsellorObjectives, null, [new Reason("evaluation.perspective.no-objectives")]);
        }

        var verdict = met == count ? Verdict.Success
            : met + pending + unknown < count ? Verdict.NotSuccessful
            : pending > 0 ? Verdict.Pending : Verdict.Undetermined;
        reasons.Insert(0, new Reason("evaluation.perspective.objectives", new ReasonArgument("met", met), new ReasonArgument("count", count)));
        return new PerspectiveResult(EvaluationPerspective.CounsellorObjectives, verdict, reasons);
    }

    private static CriterionStatus? StatusOf(string code, CaseRecord record, in EvaluationMoment moment, Rubric rubric, IReadOnlyList<CriterionResult> criteria)
    {
        for (var i = 0; i < criteria.Count; i++)
        {
            if (criteria[i].Criterion == code)
            {
                return criteria[i].Status;
            }
        }

        var rule = rubric.FindRule(code);
        return rule?.Evaluate(record, moment, new RuleSettings(rule.DefaultThreshold, rubric.FollowUpMonths), null).Status;
    }
}

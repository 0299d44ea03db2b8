using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation;

/// <summary>Collects what a full evaluation needs beyond the summary: each criterion's reasons, then the axes' and the verdict's.</summary>
internal sealed class ReportSink
{
    private readonly List<CriterionResult> _results;
    private AxisTallies _axes;

    public ReportSink(int count) => _results = new List<CriterionResult>(count);

    public void Add(CompiledCriterion criterion, in CriterionOutcome outcome, bool setAside, List<Reason> reasons)
        => _results.Add(new CriterionResult(
            criterion.Name,
            criterion.Axis,
            criterion.Weight,
            outcome.Status,
            outcome.Score,
            outcome.Status == CriterionStatus.Pending ? outcome.ExpectedBy : null,
            reasons,
            setAside));

    public void SetAxes(in AxisTallies axes) => _axes = axes;

    public EvaluationReport Build(Rubric rubric, CaseRecord record, in EvaluationMoment moment, EvaluationSummary summary)
    {
        var axes = new AxisResult[3];
        for (var a = 0; a < 3; a++)
        {
            var axis = (EvaluationAxis)(a + 1);
            var status = summary.StatusOf(axis);
            axes[a] = new AxisResult(axis, status, _axes[a].Score, status == CriterionStatus.Pending ? _axes[a].ExpectedBy : null, ExplainAxis(axis, status));
        }

        var reasons = VerdictRules.Explain(rubric, summary.Verdict, summary.Result, summary.Process, summary.Impact, summary.Score, summary.ReEvaluateAfter, EvaluationEngine.Earliest(EvaluationEngine.Earliest(_axes[0].OverdueSince, _axes[1].OverdueSince), _axes[2].OverdueSince));
        var contributions = new List<ContributionFact>();
        foreach (var c in record.ContributionArray)
        {
            if (c.KnownAt <= moment.AsOf)
            {
                contributions.Add(c);
            }
        }

        InitialQuestionFact? question = record.InitialQuestionArray.Length > 0 && record.InitialQuestionArray[0].KnownAt <= moment.AsOf ? record.InitialQuestionArray[0] : null;
        if (contributions.Count > 0)
        {
            // Help a third party gave is theirs: the process axis says it was not counted as the counsellor's.
            var process = (List<Reason>)axes[1].Reasons;
            process.Add(new Reason("evaluation.axis.contributions-not-credited", new ReasonArgument("count", contributions.Count)));
        }

        var perspectives = Perspectives.Compute(record, moment, rubric, summary, _results);
        return new EvaluationReport(rubric, moment.AsOf, moment.Zone, summary, _results, axes, reasons, perspectives, contributions, question, record.PreviousIntervention);
    }

    private List<Reason> ExplainAxis(EvaluationAxis axis, CriterionStatus status)
    {
        var reasons = new List<Reason>();
        if (status is CriterionStatus.Met or CriterionStatus.NotApplicable)
        {
            reasons.Add(new Reason(status == CriterionStatus.Met ? "evaluation.axis.met" : "evaluation.axis.not-applicable", new ReasonArgument("axis", axis)));
            return reasons;
        }

        foreach (var c in _results)
        {
            if (c.Axis != axis || c.SetAside || c.Status is CriterionStatus.Met or CriterionStatus.NotApplicable)
            {
                continue;
            }

            reasons.Add(c.ExpectedBy is { } expected
                ? new Reason("evaluation.axis.criterion-pending", new ReasonArgument("criterion", c.Name), new ReasonArgument("expected", expected))
                : new Reason("evaluation.axis.criterion", new ReasonArgument("criterion", c.Name), new ReasonArgument("status", c.Status)));
        }

        return reasons;
    }
}

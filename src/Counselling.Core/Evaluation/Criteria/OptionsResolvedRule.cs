using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// Options (plan A, plan B): met when one succeeded, pending while none did and one is still open (explored, pursued, waiting for its answer), not met
/// when every option failed or was abandoned, not applicable when no option was recorded.
/// </summary>
internal sealed class OptionsResolvedRule : CriterionRule
{
    public override string Id => BuiltInCriteria.OptionsResolved;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Options;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var options = record.OptionArray;
        int total = 0, pending = 0, succeeded = -1;
        LocalDate? earliest = null;
        for (var i = 0; i < options.Length && options[i].KnownAt <= moment.AsOf; i++)
        {
            if (!FactList.IsCurrent(options, record.OptionNext, i, moment.Cutoff))
            {
                continue;
            }

            total++;
            ref readonly var o = ref options[i];
            if (o.Status == OptionStatus.Succeeded)
            {
                succeeded = succeeded < 0 ? i : succeeded;
            }
            else if (!OptionStatuses.IsResolved(o.Status))
            {
                pending++;
                if (o.ExpectedBy is { } expected)
                {
                    earliest = Min(earliest, expected);
                }
            }
        }

        if (total == 0)
        {
            reasons?.Add(new Reason("evaluation.options.none"));
            return CriterionOutcome.NotApplicable;
        }

        if (reasons is not null)
        {
            Explain(options, record.OptionNext, moment, reasons);
        }

        return succeeded >= 0 ? CriterionOutcome.Met : pending > 0 ? CriterionOutcome.Pending(earliest) : CriterionOutcome.NotMet;
    }

    private static void Explain(OptionFact[] options, int[]? next, in EvaluationMoment moment, List<Reason> reasons)
    {
        for (var i = 0; i < options.Length && options[i].KnownAt <= moment.AsOf; i++)
        {
            if (!FactList.IsCurrent(options, next, i, moment.Cutoff))
            {
                continue;
            }

            var o = options[i];
            reasons.Add(o.Status is OptionStatus.Explored or OptionStatus.Pursued
                ? new Reason("evaluation.options.open", Arg("label", o.Label), Arg("status", o.Status), Arg("known", moment.DateOf(o.KnownAt)))
                : o.Status == OptionStatus.Pending
                ? o.ExpectedBy is { } expected
                    ? new Reason("evaluation.options.pending", Arg("label", o.Label), Arg("expected", expected), Arg("known", moment.DateOf(o.KnownAt)))
                    : new Reason("evaluation.options.pending-undated", Arg("label", o.Label), Arg("known", moment.DateOf(o.KnownAt)))
                : new Reason("evaluation.options.resolved", Arg("label", o.Label), Arg("status", o.Status), Arg("known", moment.DateOf(o.KnownAt)), Arg("source", o.Source)));
        }
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => CriterionOutcome.NotApplicable;
}

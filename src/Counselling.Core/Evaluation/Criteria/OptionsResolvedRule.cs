using System;
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
        var outcome = Outcome(record, moment);
        if (outcome.Status == CriterionStatus.NotApplicable)
        {
            reasons?.Add(new Reason("evaluation.options.none"));
            return outcome;
        }

        if (reasons is not null)
        {
            Explain(record.OptionArray, record.OptionNext, moment, reasons);
        }

        return outcome;
    }

    /// <summary>The outcome, without reasons: not applicable when no option is known, met when one succeeded, pending while one is open, not met otherwise.</summary>
    internal static CriterionOutcome Outcome(CaseRecord record, in EvaluationMoment moment)
    {
        unchecked
        {
            var known = KnownFacts.Count(record.OptionArray, moment.Cutoff);
            if (known == 0)
            {
                // No option known: nothing to resolve (and the links need not be found).
                return CriterionOutcome.NotApplicable;
            }

            var options = record.OptionArray.AsSpan(0, known);
            var next = record.OptionNext;
            int total = 0, pending = 0;
            var succeeded = false;
            LocalDate? earliest = null;
            for (var i = 0; i < options.Length; i++)
            {
                if (!KnownFacts.IsCurrent(next, i, known))
                {
                    continue;
                }

                total++;
                ref readonly var o = ref options[i];
                if (o.Status == OptionStatus.Succeeded)
                {
                    succeeded = true;
                }
                else if (o.Status is not (OptionStatus.Failed or OptionStatus.Abandoned))
                {
                    // Still open (OptionStatuses.IsResolved, whose check that the status is defined a fact's constructor made already).
                    pending++;
                    if (o.ExpectedBy is { } expected)
                    {
                        earliest = Min(earliest, expected);
                    }
                }
            }

            return total == 0 ? CriterionOutcome.NotApplicable
                : succeeded ? CriterionOutcome.Met
                : pending > 0 ? CriterionOutcome.Pending(earliest)
                : CriterionOutcome.NotMet;
        }
    }

    private static void Explain(OptionFact[] options, ReadOnlySpan<int> next, in EvaluationMoment moment, List<Reason> reasons)
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

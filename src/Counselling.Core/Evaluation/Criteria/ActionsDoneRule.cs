using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>Between-session actions were done: the share done among reviewed actions (dropped ones aside) reaches the threshold (default 75 %).</summary>
internal sealed class ActionsDoneRule : CriterionRule
{
    public override string Id => BuiltInCriteria.ActionsDone;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Process;

    public override EvidenceKinds Reads => EvidenceKinds.Actions;

    public override bool HasThreshold => true;

    public override double DefaultThreshold => 0.75;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        Count(record, moment, reasons, out var done, out var notDone, out var dropped, out var agreed);
        if (done + notDone > 0)
        {
            reasons?.Add(new Reason("evaluation.actions.count", Arg("done", done), Arg("reviewed", done + notDone)));
            return CriterionOutcome.FromShare(done, done + notDone, settings.Threshold);
        }

        if (agreed > 0)
        {
            NextPlannedSession(moment, out var next);
            next ??= record.PlannedEnd;
            reasons?.Add(next is { } on ? new Reason("evaluation.actions.awaiting-review", Arg("count", agreed), Arg("due", on)) : new Reason("evaluation.actions.awaiting-review-undated", Arg("count", agreed)));
            return CriterionOutcome.Pending(next);
        }

        if (dropped == 0 && ClosedAsOneOffAdvice(record, moment))
        {
            reasons?.Add(new Reason("evaluation.actions.one-off-advice"));
            return CriterionOutcome.NotApplicable;
        }

        reasons?.Add(dropped > 0 ? new Reason("evaluation.actions.all-dropped", Arg("count", dropped)) : new Reason("evaluation.actions.none"));
        return dropped > 0 ? CriterionOutcome.NotApplicable : CriterionOutcome.NoEvidence;
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.ActionsDone + counted.ActionsNotDone > 0 ? CriterionOutcome.FromShare(counted.ActionsDone, counted.ActionsDone + counted.ActionsNotDone, settings.Threshold)
            : counted.ActionsAgreed > 0 ? CriterionOutcome.Pending(counted.PlannedEnd)
            : counted.ClosedAsOneOffAdvice ? CriterionOutcome.NotApplicable
            : CriterionOutcome.NoEvidence;

    /// <summary>Counts the plan's actions current at the moment by status, with a reason for each one reviewed when reasons are kept.</summary>
    internal static void Count(CaseRecord record, in EvaluationMoment moment, List<Reason>? reasons, out int done, out int notDone, out int dropped, out int agreed)
    {
        var counts = Count(record, moment.Cutoff);
        (done, notDone, dropped, agreed) = (counts.Done, counts.NotDone, counts.Dropped, counts.Agreed);
        if (reasons is null)
        {
            return;
        }

        var actions = record.ActionArray;
        for (var i = 0; i < actions.Length && actions[i].IsKnownBy(moment.Cutoff); i++)
        {
            ref readonly var a = ref actions[i];
            if ((a.Status is PlanActionStatus.Done or PlanActionStatus.NotDone) && FactList.IsCurrent(actions, record.ActionNext, i, moment.Cutoff))
            {
                reasons.Add(new Reason(a.Status == PlanActionStatus.Done ? "evaluation.actions.done" : "evaluation.actions.not-done", Arg("action", a.Action), Arg("owner", a.Owner), Arg("known", moment.DateOf(a.KnownAt))));
            }
        }
    }

    /// <summary>Counts the plan's actions current at a cutoff by status (each action by its latest observation then).</summary>
    internal static Counts Count(CaseRecord record, in KnownCutoff cutoff)
    {
        var actions = record.ActionArray;
        var next = record.ActionNext;
        int done = 0, notDone = 0, dropped = 0, agreed = 0;
        unchecked
        {
            for (var i = 0; i < actions.Length && actions[i].IsKnownBy(cutoff); i++)
            {
                if (!FactList.IsCurrent(actions, next, i, cutoff))
                {
                    continue;
                }

                switch (actions[i].Status)
                {
                    case PlanActionStatus.Done:
                        done++;
                        break;
                    case PlanActionStatus.NotDone:
                        notDone++;
                        break;
                    case PlanActionStatus.Dropped:
                        dropped++;
                        break;
                    default:
                        agreed++;
                        break;
                }
            }
        }

        return new Counts(done, notDone, dropped, agreed);
    }

    /// <summary>How many actions current at a cutoff are done, not done, dropped, and agreed but not yet reviewed.</summary>
    internal readonly record struct Counts(int Done, int NotDone, int Dropped, int Agreed);
}

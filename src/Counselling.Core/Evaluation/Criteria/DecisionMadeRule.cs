using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The client made a decision: a decision fact, or a held session that ended with a decision.</summary>
internal sealed class DecisionMadeRule : CriterionRule
{
    public override string Id => BuiltInCriteria.DecisionMade;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Decisions;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var decisions = record.DecisionArray;
        if (decisions.Length > 0 && decisions[0].IsKnownBy(moment.Cutoff))
        {
            reasons?.Add(new Reason("evaluation.decision.made", Arg("kind", decisions[0].Kind), Arg("known", moment.DateOf(decisions[0].KnownAt)), Arg("source", decisions[0].Source)));
            return CriterionOutcome.Met;
        }

        if (moment.Sessions.DecisionAt is var at and >= 0)
        {
            var session = record.SessionArray[at];
            reasons?.Add(new Reason("evaluation.decision.at-session", Arg("session", session.Session), Arg("known", moment.DateOf(session.KnownAt))));
            return CriterionOutcome.Met;
        }

        if (moment.IsClosed)
        {
            reasons?.Add(new Reason("evaluation.decision.none-at-closure", Arg("closed", moment.ClosedOn!.Value)));
            return CriterionOutcome.NotMet;
        }

        reasons?.Add(record.PlannedEnd is { } end ? new Reason("evaluation.decision.not-yet", Arg("due", end)) : new Reason("evaluation.decision.not-yet-undated"));
        return CriterionOutcome.Pending(record.PlannedEnd);
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.Decided ? CriterionOutcome.Met : counted.IsClosed ? CriterionOutcome.NotMet : CriterionOutcome.Pending(counted.PlannedEnd);
}

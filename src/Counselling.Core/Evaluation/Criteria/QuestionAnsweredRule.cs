using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The client came with a question and left with an answer: met when a decision was made after the question was
/// recorded (as the decision criterion reads it), not met when the intervention closed without one, pending while it
/// is open; not applicable when no question was recorded.
/// </summary>
internal sealed class QuestionAnsweredRule : CriterionRule
{
    private static readonly DecisionMadeRule Decision = new();

    public override string Id => BuiltInCriteria.QuestionAnswered;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Decisions | EvidenceKinds.InitialQuestions;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var questions = record.InitialQuestionArray;
        if (questions.Length == 0 || questions[0].KnownAt > moment.AsOf)
        {
            reasons?.Add(new Reason("evaluation.question.none"));
            return CriterionOutcome.NotApplicable;
        }

        var question = Arg("question", questions[0].Question);
        var decision = Decision.Evaluate(record, moment, settings, null);
        reasons?.Add(decision.Status switch
        {
            CriterionStatus.Met => new Reason("evaluation.question.answered", question),
            CriterionStatus.NotMet => new Reason("evaluation.question.unanswered", question),
            _ => new Reason("evaluation.question.open", question),
        });
        return decision;
    }

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => CriterionOutcome.NotApplicable;
}

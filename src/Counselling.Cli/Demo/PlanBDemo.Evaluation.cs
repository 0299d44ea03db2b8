using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Occupations;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Cli.Demo;

/// <content>The evaluation of the story: at the fourth meeting, then once the follow-up is known.</content>
internal sealed partial class PlanBDemo
{
    private CaseRecord? _atMeeting4;

    /// <summary>Gets the default evaluation of a variant: both plans fell through, he kept the grocer's job he likes.</summary>
    public EvaluationReport? PlansFellThrough { get; private set; }

    private void EvaluateAtMeeting4(Intervention intervention)
    {
        var now = _clock.Now;
        var fourth = intervention.Sessions[^1].Id;
        intervention.RecordDecision(new DecisionFact(DecisionKind.Occupation, now, ActorKind.Client, fourth), Me);
        intervention.RecordIndicator(new IndicatorReading(intervention.Objectives.Single(o => !o.IsProposal).Id, 1, now, ActorKind.Client), Me);
        intervention.AddOption("B", Occupation.Parse("NOC-2021:72400"), Me);
        intervention.AwaitDecision("B", "college admission answer", new LocalDate(2026, 8, 24), Me);
        intervention.RecordSituation(new SituationFact(SituationKind.Employed, now, ActorKind.Client, job: new JobQuality(ContractKind.Temporary, meetsExpectations: true)), Me);
        intervention.RecordSatisfaction(new SatisfactionAnswer(new ScaleScore(5, 1, 5), now, ActorKind.Client, wouldComeBack: true, wouldRecommend: true), Me);
        intervention.AssessAutonomy(new AutonomyAssessment(AutonomyScale.Default, Level("supported"), HelpMode.ClientAlone, AssessmentMoment.Closure, now, Me), Me);

        // The question he came with and the counsellor's own objectives, set at the opening; the aunt's unplanned help; their judgements.
        var opened = intervention.OpenedAt;
        intervention.RecordInitialQuestion(new InitialQuestionFact("plan-b", opened, ActorKind.Counsellor), Me);
        foreach (var criterion in new[] { BuiltInCriteria.DecisionMade, BuiltInCriteria.SessionsHeldAsPlanned, BuiltInCriteria.Satisfaction })
        {
            intervention.SetCounsellorObjective(new CounsellorObjectiveFact(criterion, opened, ActorKind.Counsellor), Me);
        }

        intervention.RecordContribution(new ContributionFact(ThirdPartyRole.Aunt, "college-application", now, ActorKind.Client), Me);
        intervention.RecordJudgement(new JudgementFact(JudgeKind.Client, JudgementAnswer.Succeeded, now, ActorKind.Client), Me);
        intervention.RecordJudgement(new JudgementFact(JudgeKind.Counsellor, JudgementAnswer.Succeeded, now, ActorKind.Counsellor), Me);

        var record = intervention.ToCaseRecord();
        _atMeeting4 = record;
        AtMeeting4 = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(record, now);
        AtMeeting4Strict = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(record, now);
        _say.Step(now, Zone, "Was the intervention a success? Evaluated now, under the default policy (process and impact met, whatever the result), with the other points of view:", "L'intervention a-t-elle réussi ? Évaluée maintenant, selon la politique par défaut (processus et impact atteints, quel que soit le résultat), avec les autres points de vue :");
        _say.Block(AtMeeting4.Describe(culture));
        _say.Step(now, Zone, "…and under the strict policy (all three axes met):", "…et selon la politique stricte (les trois axes atteints) :");
        _say.Block(AtMeeting4Strict.Describe(culture));
    }

    private void EvaluateLater(Intervention intervention)
    {
        _clock.MoveTo(At(2026, 12, 14, 10, 0));
        var followUp = _clock.Now;
        intervention.RecordSituation(new SituationFact(SituationKind.InTraining, followUp, ActorKind.Client, monthsAfterClosure: 3), Me);
        intervention.RecordSatisfaction(new SatisfactionAnswer(new ScaleScore(5, 1, 5), followUp, ActorKind.Client, wouldComeBack: true, wouldRecommend: true), Me);
        AfterFollowUp = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(intervention.ToCaseRecord(), followUp);

        _say.Step(followUp, Zone, "Follow-up at three months, recorded on the closed intervention: the course started and he is satisfied. Strict policy again:", "Relance à trois mois, consignée sur l'accompagnement clôturé : le cours a commencé et il est satisfait. Politique stricte à nouveau :");
        _say.Block(AfterFollowUp.Describe(culture));
        _say.Step(followUp, Zone, "What changed since the fourth meeting, and why:", "Ce qui a changé depuis la quatrième rencontre, et pourquoi :");
        _say.Block(AfterFollowUp.ChangesSince(AtMeeting4Strict!).Describe(culture));

        // What if both plans had fallen through, and he had kept the grocer's job he likes?
        var whatIf = _atMeeting4!.ToBuilder()
            .Add(new OptionFact("A", OptionStatus.Failed, followUp, ActorKind.Client))
            .Add(new OptionFact("B", OptionStatus.Abandoned, followUp, ActorKind.Client))
            .Add(new SituationFact(SituationKind.Employed, followUp, ActorKind.Client, job: new JobQuality(ContractKind.Permanent, meetsExpectations: true)))
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), followUp, ActorKind.Client, wouldComeBack: true, wouldRecommend: true))
            .Build();
        PlansFellThrough = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(whatIf, followUp);
        _say.Step(followUp, Zone, "And had both plans fallen through while he kept the grocer's job he likes? The default policy, on that record:", "Et si les deux plans étaient tombés à l'eau, et qu'il gardait l'emploi chez l'épicier qu'il aime ? La politique par défaut, sur ce dossier :");
        _say.Block(PlansFellThrough.Describe(culture));
    }
}

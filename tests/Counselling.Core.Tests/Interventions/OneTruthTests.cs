using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>What the aggregate refuses because its own case record could not read it, and what it accepts that the record reads.</summary>
public sealed class OneTruthTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void RecordSituation_FollowUpWhileOpen_IsRefused_AndTheRecordStillReads()
    {
        var intervention = _world.InDiagnosis();
        var now = _world.Clock.GetCurrentInstant();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordSituation(new SituationFact(SituationKind.Employed, now, ActorKind.Client, 3), _world.Counsellor));

        Assert.Equal(["evidence.follow-up-before-closure"], refusal.Codes);
        Assert.NotNull(intervention.ToCaseRecord());
    }

    [Fact]
    public void RecordSituation_FollowUpKnownBeforeTheClosure_IsRefused()
    {
        var intervention = _world.InDiagnosis();
        var before = _world.Clock.GetCurrentInstant();
        _world.Advance(Duration.FromDays(1));
        intervention.Close(ClosureReason.DroppedOut, _world.Counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordSituation(new SituationFact(SituationKind.Employed, before, ActorKind.Client, 3), _world.Counsellor));

        Assert.Equal(["evidence.follow-up-before-closure"], refusal.Codes);
    }

    [Fact]
    public void RecordSituation_FollowUpAfterTheClosure_IsAccepted_AndEvaluated()
    {
        var intervention = _world.InDiagnosis();
        intervention.Close(ClosureReason.DroppedOut, _world.Counsellor);
        _world.Advance(Duration.FromDays(92));

        intervention.RecordSituation(new SituationFact(SituationKind.Employed, _world.Clock.GetCurrentInstant(), ActorKind.Client, 3), _world.Counsellor);

        var record = intervention.ToCaseRecord();
        Assert.Single(record.Situations);
        Assert.NotNull(new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(record, _world.Clock.GetCurrentInstant()));
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(2, 2)]
    [InlineData(5, 2)]
    public void RecordIndicator_ForAnAgreedObjectiveTheEvaluationCannotMeasure_IsRefused(int? baseline, int? target)
    {
        var intervention = _world.InPlanning();
        var held = intervention.Sessions.Last().Id;
        var objective = new SmartObjective(ObjectiveId.New(), "Send applications")
        {
            ByWhom = _world.ClientActor,
            Indicator = new Indicator("applications sent", "applications", baseline, target),
            Deadline = _world.Clock.GetCurrentInstant().InUtc().Date.PlusDays(30),
        };
        intervention.ProposeObjective(objective, _world.Counsellor);
        intervention.AgreeObjective(objective.Id, held, _world.Counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordIndicator(new IndicatorReading(objective.Id, 1, _world.Clock.GetCurrentInstant(), ActorKind.Client), _world.Counsellor));

        Assert.Equal(["evidence.objective-not-measurable"], refusal.Codes);
        Assert.Empty(intervention.ToCaseRecord().Objectives);
    }

    [Fact]
    public void RecordOption_PendingAfterItSucceeded_IsRefused()
    {
        var intervention = _world.InDiagnosis();
        intervention.AddOption("A", null, _world.Counsellor);
        _world.Advance(Duration.FromHours(2));
        var now = _world.Clock.GetCurrentInstant();
        intervention.RecordOption(new OptionFact("A", OptionStatus.Succeeded, now, ActorKind.Client), _world.Counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordOption(new OptionFact("A", OptionStatus.Pending, now, ActorKind.Client), _world.Counsellor));

        Assert.Equal(["evidence.option-already-resolved"], refusal.Codes);
        Assert.NotNull(intervention.ToCaseRecord());
    }

    [Fact]
    public void RecordOption_ResolvedBeforeAPendingObservationAlreadyKnown_IsRefused()
    {
        var intervention = _world.InDiagnosis();
        intervention.AddOption("A", null, _world.Counsellor);
        _world.Advance(Duration.FromHours(2));
        var now = _world.Clock.GetCurrentInstant();
        intervention.RecordOption(new OptionFact("A", OptionStatus.Pending, now, ActorKind.Client), _world.Counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordOption(new OptionFact("A", OptionStatus.Failed, now - Duration.FromHours(1), ActorKind.Client), _world.Counsellor));

        Assert.Equal(["evidence.option-already-resolved"], refusal.Codes);
    }

    [Fact]
    public void RecordOption_PendingKnownBeforeItWasResolved_IsAccepted_AndEvaluated()
    {
        var intervention = _world.InDiagnosis();
        intervention.AddOption("A", null, _world.Counsellor);
        _world.Advance(Duration.FromHours(2));
        var now = _world.Clock.GetCurrentInstant();
        intervention.RecordOption(new OptionFact("A", OptionStatus.Succeeded, now, ActorKind.Client), _world.Counsellor);

        intervention.RecordOption(new OptionFact("A", OptionStatus.Pending, now - Duration.FromHours(1), ActorKind.Client), _world.Counsellor);

        Assert.Equal(3, intervention.ToCaseRecord().Options.Length);
    }
}

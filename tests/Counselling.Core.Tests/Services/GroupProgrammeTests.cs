using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Services;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Services;

public sealed class GroupProgrammeTests
{
    private static readonly LocalDateTime Monday = new(2026, 3, 16, 9, 30);
    private readonly FakeClock _clock = new(TestWorld.Start);
    private readonly Actor _counsellor = Actor.Counsellor(CounsellorId.New());

    [Fact]
    public void AGroup_IsCancelledForLackOfParticipants()
    {
        var group = Plan(capacity: 12, minimum: 6);
        group.OpenEnrolment(_counsellor);
        for (var i = 0; i < 3; i++)
        {
            group.Enrol(InterventionId.New(), _counsellor);
        }

        var confirm = group.Check(GroupProgrammeAction.Confirm, _counsellor);
        Assert.Equal([ServicesCodes.MinimumNotReached], confirm.Reasons.Select(r => r.Code));
        Assert.Equal("3 personnes inscrites ; le groupe en demande au moins 6.", confirm.Reasons[0].Describe(CultureInfo.GetCultureInfo("fr-FR")));

        group.Cancel(GroupCancellationReason.NotEnoughParticipants, _counsellor);

        Assert.Equal(GroupProgrammeState.Cancelled, group.State);
        Assert.Equal(GroupCancellationReason.NotEnoughParticipants, group.CancellationReason);
    }

    [Fact]
    public void AParticipantAddedToACancelledGroup_IsRefused_AndNothingChanges()
    {
        var group = Plan(capacity: 12, minimum: 6);
        group.OpenEnrolment(_counsellor);
        group.Enrol(InterventionId.New(), _counsellor);
        group.Cancel(GroupCancellationReason.NotEnoughParticipants, _counsellor);
        var historyBefore = group.History.Count;

        var refusal = Assert.Throws<ActionRefusedException>(() => group.Enrol(InterventionId.New(), _counsellor));

        Assert.Equal([ServicesCodes.GroupNotAllowedInState], refusal.Codes);
        Assert.Equal(GroupProgrammeState.Cancelled, refusal.Reasons[0]["state"]);
        Assert.Single(group.Participants);
        Assert.Equal(historyBefore, group.History.Count);
    }

    [Fact]
    public void AParticipantAddedToAFullGroup_IsRefused_AndNothingChanges()
    {
        var group = Plan(capacity: 2, minimum: 1);
        group.OpenEnrolment(_counsellor);
        group.Enrol(InterventionId.New(), _counsellor);
        group.Enrol(InterventionId.New(), _counsellor);
        var third = InterventionId.New();

        var refusal = Assert.Throws<ActionRefusedException>(() => group.Enrol(third, _counsellor));

        Assert.Equal([ServicesCodes.GroupFull], refusal.Codes);
        Assert.Equal("The group is full: all 2 places are taken.", refusal.Reasons[0].Describe(CultureInfo.GetCultureInfo("en")));
        Assert.False(group.IsEnrolled(third));
        Assert.Equal(2, group.Participants.Count);
    }

    [Fact]
    public void AParticipant_IsEnrolledOnce()
    {
        var group = Plan(capacity: 5, minimum: 1);
        group.OpenEnrolment(_counsellor);
        var participant = InterventionId.New();
        group.Enrol(participant, _counsellor);

        Assert.Equal([ServicesCodes.AlreadyEnrolled], group.Check(GroupProgrammeAction.Enrol, participant, _counsellor).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void AConfirmedGroup_StartsOnlyWhenItsStartHasCome_ThenItsOutcomesAggregate()
    {
        var group = Plan(capacity: 8, minimum: 3);
        group.OpenEnrolment(_counsellor);
        var participants = Enumerable.Range(0, 4).Select(_ => InterventionId.New()).ToArray();
        foreach (var p in participants)
        {
            group.Enrol(p, _counsellor);
        }

        group.Confirm(_counsellor);
        Assert.Equal([ServicesCodes.StartNotYetDue], group.Check(GroupProgrammeAction.Start, _counsellor).Reasons.Select(r => r.Code));

        _clock.Reset(Monday.InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]).ToInstant());
        group.Start(_counsellor);
        group.RecordAttendance(participants[0], Attendance.Completed, _counsellor);
        group.RecordAttendance(participants[1], Attendance.Completed, _counsellor);
        group.RecordAttendance(participants[2], Attendance.DroppedOut, _counsellor);
        _clock.AdvanceDays(14);
        group.Complete(_counsellor);

        Verdict? VerdictOf(InterventionId id) => id == participants[0] ? Verdict.Success : id == participants[1] ? Verdict.Pending : id == participants[2] ? Verdict.NotSuccessful : null;
        var summary = GroupOutcomes.Of(group, VerdictOf);

        Assert.Equal(GroupProgrammeState.Completed, group.State);
        Assert.Equal(new GroupOutcomeSummary(4, 2, 1, 0, 1, 1, 1, 1, 1), summary);
        Assert.Equal(0.5, summary.CompletionRate);
        Assert.Equal(1.0 / 3, summary.SuccessRate, 6);
    }

    [Fact]
    public void TheStart_IsALocalTimeInItsZone()
    {
        var group = Plan(capacity: 8, minimum: 3);

        Assert.Equal("Europe/Paris", group.ZoneId);
        Assert.Equal(Instant.FromUtc(2026, 3, 16, 8, 30), group.StartInstant);
    }

    [Fact]
    public void PlanningInAnUnknownZone_IsRefusedAsAnArgument()
        => Assert.Throws<ArgumentException>(() => GroupProgramme.Plan(
            GroupProgrammeId.New(), 8, 3, "Salle 2", Monday, "Mars/Olympus", DateTimeZoneProviders.Tzdb, _counsellor, _clock));

    [Fact]
    public void AMinimumAboveTheCapacity_IsRefusedAsAnArgument()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Plan(capacity: 4, minimum: 5));

    [Fact]
    public void OutcomesOfOneIntervention_CountOnce()
    {
        var id = InterventionId.New();

        Assert.Throws<ArgumentException>(() => GroupOutcomes.Aggregate([new ParticipantResult(id, null, null), new ParticipantResult(id, null, null)]));
    }

    private GroupProgramme Plan(int capacity, int minimum)
        => GroupProgramme.Plan(GroupProgrammeId.New(), capacity, minimum, "Salle 2, mission locale", Monday, "Europe/Paris", DateTimeZoneProviders.Tzdb, _counsellor, _clock);

    [Fact]
    public void AProgrammesOutcomes_AreComputedFromItsParticipantsOwnInterventionsAndTheirEvaluations()
    {
        var world = new TestWorld();
        var interventions = new[] { world.Active(), world.InDiagnosis(), world.Open() };
        var group = Plan(capacity: 8, minimum: 2);
        group.OpenEnrolment(_counsellor);
        foreach (var intervention in interventions)
        {
            group.Enrol(intervention.Id, _counsellor);
        }

        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        var reports = interventions.Take(2).Select(i => engine.Evaluate(i.ToCaseRecord(), world.Clock.GetCurrentInstant())).ToList();
        var elsewhere = engine.Evaluate(world.Open().ToCaseRecord(), world.Clock.GetCurrentInstant());

        var summary = GroupOutcomes.Of(group, [.. reports, elsewhere]);

        Assert.Equal(3, summary.Participants);
        Assert.Equal(1, summary.NotEvaluated);
        Assert.Equal(2, summary.Successes + summary.Pending + summary.NotSuccessful);
        Assert.Equal(GroupOutcomes.Of(group, id => reports.SingleOrDefault(r => r.Intervention == id)?.Verdict), summary);
        Assert.Throws<ArgumentException>(() => GroupOutcomes.Of(group, [reports[0], reports[0]]));
    }
}

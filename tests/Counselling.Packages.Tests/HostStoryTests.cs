using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Packages.Tests;

/// <summary>
/// An agency host's story, written only from the packed packages and the guides: open an intervention, hold the
/// intake, ask what the screen may offer and why not, store the history as JSON, reload it, and evaluate it.
/// </summary>
public sealed class HostStoryTests
{
    private static readonly IDateTimeZoneProvider Zones = DateTimeZoneProviders.Tzdb;

    [Fact]
    public void AHost_OpensAnIntervention_StoresItsHistory_ReloadsIt_AndEvaluatesIt_FromThePackagesAlone()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 14, 0));
        var counsellorId = CounsellorId.New();
        var counsellor = Actor.Counsellor(counsellorId);
        var intervention = Intervention.Open(new AgencyClock(clock, Zones, "America/Toronto"), InterventionId.New(), ClientId.New(), counsellorId, new ProgrammeSettings("PLAN-B", Period.FromMonths(6)), counsellor);

        intervention.StartIntake(counsellor);
        clock.Advance(Duration.FromHours(1));
        intervention.RecordSession(
            SessionId.New(), clock.GetCurrentInstant() - Duration.FromMinutes(30),
            [new SessionOutcome(SessionOutcomeKind.Proposal, "career-choice process")], SessionProgress.Progressed, counsellor);
        AutonomyScale.Default.TryFind("guided", out var guided);
        intervention.AssessAutonomy(new AutonomyAssessment(AutonomyScale.Default, guided, HelpMode.DoesWith, AssessmentMoment.Intake, clock.GetCurrentInstant(), counsellor), counsellor);
        intervention.CompleteIntake(counsellor);

        // The screen: what may be offered now, and why the rest may not, in the counsellor's language.
        var activate = intervention.Check(InterventionAction.Activate);
        Assert.False(activate.IsAllowed);
        var french = activate.Reasons.Select(r => r.Describe(CultureInfo.GetCultureInfo("fr-CA"))).ToList();
        Assert.All(french, text => Assert.DoesNotContain("{", text));

        // Store and reload, as the persistence guide shows.
        var options = CounsellingJson.CreateOptions(Zones);
        var json = JsonSerializer.Serialize(intervention.History, options);
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, options)!;
        var reloaded = Intervention.FromHistory(events, new AgencyClock(clock, Zones, "America/Toronto"));
        Assert.Equal(intervention.State, reloaded.State);
        Assert.Equal(intervention.Version, reloaded.Version);

        // Evaluate as of now: nothing decided yet, so the verdict cannot be a success.
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(reloaded.ToCaseRecord(), clock.GetCurrentInstant());
        Assert.NotEqual(Verdict.Success, report.Verdict);
        Assert.False(string.IsNullOrWhiteSpace(report.Describe(CultureInfo.GetCultureInfo("en"))));
    }

    [Fact]
    public void ARefusedAction_ThrowsTheDocumentedRefusal_WithCodedReasons_AndChangesNothing()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 14, 0));
        var counsellorId = CounsellorId.New();
        var counsellor = Actor.Counsellor(counsellorId);
        var intervention = Intervention.Open(new AgencyClock(clock, Zones, "Europe/Brussels"), InterventionId.New(), ClientId.New(), counsellorId, new ProgrammeSettings("PLAN-B", Period.FromMonths(6)), counsellor);
        var before = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Activate(counsellor));

        Assert.NotEmpty(refusal.Reasons);
        Assert.All(refusal.Reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason.Code)));
        Assert.Equal(before, intervention.Version);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Common;

/// <summary>The limits on texts and dates: refused at entry with a coded reason naming the field and the limit, never the value.</summary>
public sealed class BoundsTests
{
    private const string Secret = "Jeanne Dupont, dépression sévère";
    private readonly TestWorld _world = new();

    public static TheoryData<string, int, string> TextEntries() => new()
    {
        { "summary", TextLimits.FreeText, nameof(SessionOutcome) },
        { "code", TextLimits.Code, nameof(ProgrammeSettings) },
        { "component", TextLimits.Code, "Actor.System" },
        { "what", TextLimits.FreeText, nameof(SmartObjective) },
        { "Realism", TextLimits.FreeText, "SmartObjective.Realism" },
        { "Steps", TextLimits.Label, "SmartObjective.Steps" },
        { "Resources", TextLimits.Label, "SmartObjective.Resources" },
        { "Measure", TextLimits.Label, "Indicator.Measure" },
        { "Unit", TextLimits.Label, "Indicator.Unit" },
        { "Description", TextLimits.FreeText, "Barrier.Description" },
        { "TiedToValue", TextLimits.Label, "Barrier.TiedToValue" },
        { "whatMatters", TextLimits.FreeText, nameof(DesiredBenefit) },
        { "KeepsActing", TextLimits.FreeText, "DesiredBenefit.KeepsActing" },
        { "what", TextLimits.Label, nameof(PlanAction) },
    };

    /// <summary>Builds the value whose text field is named, with the given text in that field.</summary>
    internal static object Build(string entry, string text) => entry switch
    {
        nameof(SessionOutcome) => new SessionOutcome(SessionOutcomeKind.Proposal, text),
        nameof(ProgrammeSettings) => new ProgrammeSettings(text, Period.FromMonths(6)),
        "Actor.System" => Actor.System(text),
        nameof(SmartObjective) => new SmartObjective(ObjectiveId.New(), text),
        "SmartObjective.Realism" => new SmartObjective(ObjectiveId.New(), "x") { Realism = text },
        "SmartObjective.Steps" => new SmartObjective(ObjectiveId.New(), "x") { Steps = ["ok", text] },
        "SmartObjective.Resources" => new SmartObjective(ObjectiveId.New(), "x") { Resources = [text] },
        "Indicator.Measure" => new Indicator(text, "u", 0, 1),
        "Indicator.Unit" => new Indicator("m", "u", 0, 1) { Unit = text },
        "Barrier.Description" => new Barrier(BarrierId.New(), BarrierCategory.Finances) { Description = text },
        "Barrier.TiedToValue" => new Barrier(BarrierId.New(), BarrierCategory.Finances) { TiedToValue = text },
        nameof(DesiredBenefit) => new DesiredBenefit(BenefitId.New(), text),
        "DesiredBenefit.KeepsActing" => new DesiredBenefit(BenefitId.New(), "x") { KeepsActing = text },
        nameof(PlanAction) => new PlanAction(PlanActionId.New(), text, Actor.Client(ClientId.New()), SessionId.New()),
        _ => throw new ArgumentOutOfRangeException(nameof(entry)),
    };

    [Theory]
    [MemberData(nameof(TextEntries))]
    public void AText_LongerThanItsLimit_IsRefused_NamingTheFieldAndTheLimit_NeverTheText(string field, int limit, string entry)
    {
        var text = Secret + new string('x', limit);

        var error = Assert.ThrowsAny<ArgumentException>(() => Build(entry, text));

        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("text.too-long", reason.Code);
        Assert.Equal(field, reason.Arguments.Single(a => a.Name == "field").Value);
        Assert.Equal(limit, reason.Arguments.Single(a => a.Name == "limit").Value);
        Assert.DoesNotContain("Jeanne", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TextEntries))]
    public void AText_AtItsLimit_IsAccepted(string field, int limit, string entry)
    {
        Assert.NotNull(field);
        Assert.NotNull(Build(entry, new string('x', limit)));
    }

    [Theory]
    [MemberData(nameof(TextEntries))]
    public void AText_WithALoneSurrogate_IsRefused_AsInvalidUnicode(string field, int limit, string entry)
    {
        Assert.True(limit >= 3);
        var error = Assert.ThrowsAny<ArgumentException>(() => Build(entry, "a\uD800b"));

        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("text.invalid-unicode", reason.Code);
        Assert.Equal(field, reason.Arguments.Single(a => a.Name == "field").Value);
    }

    [Fact]
    public void AText_WithAPairedSurrogate_IsAccepted()
        => Assert.Equal("🎵 musique", new SessionOutcome(SessionOutcomeKind.Proposal, "🎵 musique").Summary);

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\0")]
    [InlineData(" \u200B\t\u2060 ")]
    [InlineData("\u00AD\u200D")]
    public void ASessionOutcome_ThatShowsNothing_IsNoConcreteOutcome_AndIsRefused(string summary)
    {
        var error = Assert.Throws<ArgumentException>(() => new SessionOutcome(SessionOutcomeKind.Realisation, summary));

        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("argument.blank", reason.Code);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\0")]
    public void ARequiredText_ThatShowsNothing_IsRefused_Everywhere(string text)
    {
        Assert.Throws<ArgumentException>(() => new DesiredBenefit(BenefitId.New(), text));
        Assert.Throws<ArgumentException>(() => new PlanAction(PlanActionId.New(), text, Actor.Client(ClientId.New()), SessionId.New()));
        Assert.Throws<ArgumentException>(() => new ProgrammeSettings(text, Period.FromMonths(6)));
    }

    [Fact]
    public void AnEvidenceCode_LongerThanTheCodeLimit_IsRefused_WithItsCode()
    {
        var error = Assert.Throws<ArgumentException>(() => new CourseFact(new string('a', TextLimits.Code + 1), CourseStatus.Started, TestWorld.Start, ActorKind.Counsellor));

        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("text.too-long", reason.Code);
    }

    [Fact]
    public void AProgramme_OfNearlyAMillionMillenia_IsRefused_AtEntry()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeSettings("LONG", Period.FromYears(999999999)));

        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("programme.too-long", reason.Code);
    }

    [Theory]
    [InlineData("P10Y", true)]
    [InlineData("P120M", true)]
    [InlineData("P9Y11M31D", true)]
    [InlineData("P121M", false)]
    [InlineData("P10Y1D", false)]
    [InlineData("P3721D", false)]
    [InlineData("P532W", false)]
    public void AProgramme_LastsAtMostTenYears(string period, bool accepted)
    {
        var duration = NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value;

        var error = Record.Exception(() => new ProgrammeSettings("P", duration));

        Assert.Equal(accepted, error is null);
    }

    [Fact]
    public void Open_WhenTheClockReadsTheLastDayOfTheCalendar_IsRefused_AtEntry()
    {
        var world = new TestWorld(Instant.FromUtc(9999, 12, 31, 12, 0));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => world.Open());

        Assert.Equal("clock", error.ParamName);
        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("date.out-of-range", reason.Code);
    }

    [Fact]
    public void Open_AtTheLastSupportedInstant_Works_AndItsProgrammeEndDateIsComputed()
    {
        var world = new TestWorld(SupportedDates.MaximumInstant) { Programme = new ProgrammeSettings("P", Period.FromYears(10)) };

        var intervention = world.Open();

        Assert.Equal(new LocalDate(9010, 12, 31), intervention.ProgrammeEndDate);
    }

    [Fact]
    public void PlanSession_OnTheLastEveningOfTheCalendarInToronto_IsRefused_AtEntry_AndChangesNothing()
    {
        var intervention = _world.InDiagnosis();
        var version = intervention.Version;

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => intervention.PlanSession(SessionId.New(), new LocalDateTime(9999, 12, 31, 23, 0), "America/Toronto", _world.Counsellor));

        Assert.Equal("start", error.ParamName);
        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("date.out-of-range", reason.Code);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void PutOnHold_UntilTheLastDayOfTheCalendar_IsRefused_AtEntry()
    {
        var intervention = _world.Active();
        var version = intervention.Version;

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(9999, 12, 31), _world.Counsellor));

        Assert.Equal("expectedBy", error.ParamName);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void RecordSession_HeldAtTheEndOfTime_IsRefused_AtEntry()
    {
        var intervention = _world.InDiagnosis();

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => intervention.RecordSession(SessionId.New(), Instant.MaxValue, TestWorld.Concrete(), SessionProgress.NotAssessed, _world.Counsellor));

        Assert.Equal("heldAt", error.ParamName);
    }

    [Fact]
    public void AnEvidenceFact_KnownAtTheEndOfTime_IsRefused_AtEntry()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DecisionFact(DecisionKind.Occupation, Instant.MaxValue, ActorKind.Client));

        Assert.Equal("knownAt", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanAction(PlanActionId.New(), "appeler", Actor.Client(ClientId.New()), SessionId.New()) { Due = new LocalDate(9999, 12, 31) });
    }

    [Fact]
    public void Evaluate_AsOfTheEndOfTime_IsRefused_WithArgumentOutOfRange_NeverClamped()
    {
        var record = _world.InDiagnosis().ToCaseRecord();
        var engine = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact);

        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Evaluate(record, Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Summarize(record, Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.SummarizeAll([record], Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.EvaluateCohort([record], Instant.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.EvaluateCohortInParallel([record], Instant.MaxValue, static r => r.Programme));
    }

    [Fact]
    public void FromHistory_WithASessionPlannedOnTheLastEveningOfTheCalendar_IsRefused()
    {
        var intervention = _world.InDiagnosis();
        var history = intervention.History.Append(new SessionPlanned(SessionId.New(), new LocalDateTime(9999, 12, 31, 23, 0), "America/Toronto", _world.Clock.GetCurrentInstant(), _world.Counsellor));

        var error = Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(history, _world.Agency));

        Assert.Equal(["date.out-of-range"], error.Codes);
        Assert.Equal(intervention.Version + 1, error.Position);
    }

    [Fact]
    public void FromHistory_WithAnOpeningAtTheEndOfTheCalendar_IsRefused()
    {
        var opened = (InterventionOpened)_world.Open().History[0];

        var error = Assert.Throws<InvalidHistoryException>(
            () => Intervention.FromHistory([opened with { At = Instant.FromUtc(9999, 12, 31, 0, 0) }], _world.Agency));

        Assert.Equal(["date.out-of-range"], error.Codes);
    }

    [Fact]
    public void FromHistory_WithAHoldExpectedAtTheEndOfTheCalendar_IsRefused()
    {
        var intervention = _world.Active();
        var history = intervention.History.Append(new InterventionPutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(9999, 12, 31), _world.Clock.GetCurrentInstant(), _world.Counsellor));

        var error = Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(history, _world.Agency));

        Assert.Equal(["date.out-of-range"], error.Codes);
    }

    [Fact]
    public void OpenReturn_DatedBeforeTheEarlierClosure_IsRefused()
    {
        var earlier = _world.InDiagnosis();
        earlier.Close(ClosureReason.DroppedOut, _world.Counsellor);
        var before = new FakeClock(_world.Clock.GetCurrentInstant() - Duration.FromDays(3));
        var loadedWithAClockBehind = Intervention.FromHistory(earlier.History, new AgencyClock(before, _world.Zones, _world.ZoneId));

        var refusal = Assert.Throws<ActionRefusedException>(
            () => Intervention.OpenReturn(loadedWithAClockBehind, InterventionId.New(), _world.CounsellorId, _world.Programme, _world.Counsellor));

        Assert.Equal(["return.before-earlier-closure"], refusal.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void OpenReturn_AtTheInstantOfTheEarlierClosure_IsAccepted()
    {
        var earlier = _world.InDiagnosis();
        earlier.Close(ClosureReason.DroppedOut, _world.Counsellor);

        var back = Intervention.OpenReturn(earlier, InterventionId.New(), _world.CounsellorId, _world.Programme, _world.Counsellor);

        Assert.Equal(earlier.ClosedAt, back.OpenedAt);
    }
}

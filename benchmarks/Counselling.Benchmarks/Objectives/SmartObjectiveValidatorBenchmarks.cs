using Counselling.Core.Evidence;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using FluentValidation;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Benchmarks.Objectives;

/// <summary>
/// Validating one SMART objective, valid or failing four rules (M, A, R, T), three ways in one run: our validator
/// (FluentValidation rules built once, per-call programme window, fr/en messages, letters and reasons), a bare
/// FluentValidation validator with the same rules and default messages (the baseline), and a hand-written check.
/// </summary>
[MemoryDiagnoser]
public class SmartObjectiveValidatorBenchmarks
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 15, 0));
    private static readonly ProgrammeWindow Window = new(new LocalDate(2026, 9, 1), Period.FromMonths(12));

    private readonly SmartObjectiveValidator _ours = new(new Counselling.Core.Common.AgencyClock(Clock, DateTimeZoneProviders.Tzdb, Zone.Id));
    private readonly BareSmartValidator _bare = new(Clock, Zone, Window.End!.Value);
    private SmartObjective _objective = null!;

    [Params("valid", "invalid")]
    public string Case { get; set; } = "valid";

    [GlobalSetup]
    public void Setup()
    {
        var client = Actor.Client(ClientId.New());
        var valid = new SmartObjective(ObjectiveId.New(), "Postuler à trois formations de technicien du son")
        {
            ByWhom = client,
            Indicator = new Indicator("candidatures envoyées", "candidatures", 0, 3),
            Steps = ["Immersion en studio", "Envoyer les candidatures"],
            Realism = "Formation accessible sans bac",
            Deadline = new LocalDate(2027, 3, 31),
        }.WithAgreement(new ObjectiveAgreement(Clock.GetCurrentInstant(), SessionId.New(), client));
        _objective = Case == "valid"
            ? valid
            : valid.WithAgreement(null) with { Indicator = valid.Indicator! with { Target = null }, Steps = [], Realism = null, Deadline = new LocalDate(2026, 11, 1) };
    }

    [Benchmark(Baseline = true, Description = "bare FluentValidation")]
    public int Bare() => _bare.Validate(_objective).Errors.Count;

    [Benchmark(Description = "SmartObjectiveValidator")]
    public int Ours() => _ours.Validate(_objective, Window).Failures.Count;

    [Benchmark(Description = "hand-written check")]
    public int HandWritten() => HandWrittenCheck(_objective, Clock.GetCurrentInstant().InZone(Zone).Date, Window.End!.Value, Zone).Count;

    private static List<string> HandWrittenCheck(SmartObjective o, LocalDate today, LocalDate end, DateTimeZone zone)
    {
        var codes = new List<string>();
        if (string.IsNullOrWhiteSpace(o.What)) codes.Add(ObjectiveCodes.WhatMissing);
        if (o.ByWhom.IsDefault) codes.Add(ObjectiveCodes.ByWhomMissing);
        if (o.Indicator is not { } i) codes.Add(ObjectiveCodes.NoIndicator);
        else
        {
            if (string.IsNullOrWhiteSpace(i.Measure)) codes.Add(ObjectiveCodes.NoMeasure);
            if (string.IsNullOrWhiteSpace(i.Unit)) codes.Add(ObjectiveCodes.NoUnit);
            if (i.Target is not { } target) codes.Add(ObjectiveCodes.NoTarget);
            else if (target < 0) codes.Add(ObjectiveCodes.NegativeTarget);
            if (i.Baseline is < 0) codes.Add(ObjectiveCodes.NegativeBaseline);
            if (i is { Baseline: { } b, Target: { } t } && (i.Direction == IndicatorDirection.Increase ? t <= b : t >= b)) codes.Add(ObjectiveCodes.TargetNotBeyondBaseline);
        }

        if (o.Steps.IsEmpty) codes.Add(ObjectiveCodes.NoSteps);
        foreach (var step in o.Steps)
        {
            if (string.IsNullOrWhiteSpace(step)) { codes.Add(ObjectiveCodes.BlankStep); break; }
        }

        if (string.IsNullOrWhiteSpace(o.Realism)) codes.Add(ObjectiveCodes.NoRealism);
        if (o.Deadline is not { } d) codes.Add(ObjectiveCodes.NoDeadline);
        else
        {
            if (d > end) codes.Add(ObjectiveCodes.BeyondProgrammeLimit);
            if (d < today) codes.Add(ObjectiveCodes.DeadlinePast);
            if (o.Agreement is { } a && d <= a.At.InZone(zone).Date) codes.Add(ObjectiveCodes.DeadlineNotAfterAgreement);
        }

        return codes;
    }

    /// <summary>The same rules written the plain FluentValidation way: default messages, the window fixed at construction.</summary>
    private sealed class BareSmartValidator : AbstractValidator<SmartObjective>
    {
        public BareSmartValidator(IClock clock, DateTimeZone zone, LocalDate end)
        {
            LocalDate Today() => clock.GetCurrentInstant().InZone(zone).Date;
            RuleFor(o => o.What).Must(w => !string.IsNullOrWhiteSpace(w)).WithErrorCode(ObjectiveCodes.WhatMissing);
            RuleFor(o => o.ByWhom).Must(a => !a.IsDefault).WithErrorCode(ObjectiveCodes.ByWhomMissing);
            RuleFor(o => o.Indicator).NotNull().WithErrorCode(ObjectiveCodes.NoIndicator);
            When(o => o.Indicator is not null, () =>
            {
                RuleFor(o => o.Indicator!.Measure).NotEmpty().WithErrorCode(ObjectiveCodes.NoMeasure);
                RuleFor(o => o.Indicator!.Unit).NotEmpty().WithErrorCode(ObjectiveCodes.NoUnit);
                RuleFor(o => o.Indicator!.Target).NotNull().WithErrorCode(ObjectiveCodes.NoTarget);
                RuleFor(o => o.Indicator!.Target).GreaterThanOrEqualTo(0m).WithErrorCode(ObjectiveCodes.NegativeTarget);
                RuleFor(o => o.Indicator!.Baseline).GreaterThanOrEqualTo(0m).WithErrorCode(ObjectiveCodes.NegativeBaseline);
                RuleFor(o => o.Indicator!)
                    .Must(i => i is not { Baseline: { } b, Target: { } t } || (i.Direction == IndicatorDirection.Increase ? t > b : t < b))
                    .WithErrorCode(ObjectiveCodes.TargetNotBeyondBaseline);
            });
            RuleFor(o => o.Steps).Must(s => !s.IsEmpty).WithErrorCode(ObjectiveCodes.NoSteps);
            RuleFor(o => o.Steps).Must(s => !s.Any(string.IsNullOrWhiteSpace)).WithErrorCode(ObjectiveCodes.BlankStep);
            RuleFor(o => o.Realism).NotEmpty().WithErrorCode(ObjectiveCodes.NoRealism);
            RuleFor(o => o.Deadline).NotNull().WithErrorCode(ObjectiveCodes.NoDeadline);
            RuleFor(o => o.Deadline).Must(d => d is not { } deadline || deadline <= end).WithErrorCode(ObjectiveCodes.BeyondProgrammeLimit);
            RuleFor(o => o.Deadline).Must(d => d is not { } deadline || deadline >= Today()).WithErrorCode(ObjectiveCodes.DeadlinePast);
            RuleFor(o => o.Deadline)
                .Must((o, d) => d is not { } deadline || o.Agreement is not { } a || deadline > a.At.InZone(zone).Date)
                .WithErrorCode(ObjectiveCodes.DeadlineNotAfterAgreement);
        }
    }
}

using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using NodaTime.Testing;
using Stateless;

namespace Counselling.Benchmarks.Interventions;

/// <summary>
/// One action on the aggregate (rules checked, the machine fired, an event recorded) beside a raw Stateless <c>Fire</c>
/// of the same transition on a machine of the same configuration, and a hand-written switch. Each invocation takes a
/// fresh intervention (rebuilt from a stored history, its machine built) or a fresh raw machine, and then puts it on
/// hold and resumes it <see cref="Pairs"/> times: the set-up is the same for both sides and amortised over
/// <c>2 × Pairs</c> transitions, and the events recorded die young, as they do in a host's unit of work.
/// Figures are per transition.
/// </summary>
[MemoryDiagnoser]
public class InterventionActionBenchmarks
{
    private const int Pairs = 100;

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 14, 0));
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private readonly Actor _by = Actor.Counsellor(CounsellorId.New());
    private readonly LocalDate _expected = new(2026, 9, 1);
    private List<InterventionEvent> _history = null!;
    private InterventionState _rawState;

    [GlobalSetup]
    public void Setup() => _history = InterventionHistories.Active(_clock, _by);

    [Benchmark(Baseline = true, OperationsPerInvoke = 2 * Pairs, Description = "raw Stateless Fire")]
    public InterventionState RawStateless()
    {
        _rawState = InterventionState.Active;
        var raw = Lifecycle.Build(() => _rawState, s => _rawState = s, static _ => true, static (_, _) => throw new InvalidOperationException());
        for (var i = 0; i < Pairs; i++)
        {
            raw.Fire(InterventionAction.PutOnHold);
            raw.Fire(InterventionAction.Resume);
        }

        return _rawState;
    }

    [Benchmark(OperationsPerInvoke = 2 * Pairs, Description = "aggregate action (PutOnHold, Resume)")]
    public int Aggregate()
    {
        var intervention = Intervention.FromHistory(_history, new AgencyClock(_clock, _zones, "UTC"));
        for (var i = 0; i < Pairs; i++)
        {
            intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, _expected, _by);
            intervention.Resume(_by);
        }

        return intervention.Version;
    }

    [Benchmark(OperationsPerInvoke = 2 * Pairs, Description = "hand-written switch")]
    public InterventionState HandWritten()
    {
        var state = InterventionState.Active;
        for (var i = 0; i < Pairs; i++)
        {
            state = Next(state, InterventionAction.PutOnHold);
            state = Next(state, InterventionAction.Resume);
        }

        return state;
    }

    private static InterventionState Next(InterventionState state, InterventionAction action) => (state, action) switch
    {
        (InterventionState.Active, InterventionAction.PutOnHold) => InterventionState.OnHold,
        (InterventionState.OnHold, InterventionAction.Resume) => InterventionState.Active,
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>Opening an intervention, and rebuilding one from a stored 20-event history.</summary>
[MemoryDiagnoser]
public class InterventionBuildBenchmarks
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 14, 0));
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private readonly Actor _by = Actor.Counsellor(CounsellorId.New());
    private readonly ProgrammeSettings _programme = new("PLAN-B", Period.FromMonths(6));
    private readonly InterventionId _id = InterventionId.New();
    private readonly ClientId _client = ClientId.New();
    private readonly CounsellorId _counsellor = CounsellorId.New();
    private List<InterventionEvent> _history = null!;

    [GlobalSetup]
    public void Setup()
    {
        _history = InterventionHistories.Twenty(_clock, _by);
        if (_history.Count != 20)
        {
            throw new InvalidOperationException("The history must hold 20 events, not " + _history.Count);
        }
    }

    [Benchmark(Description = "Open")]
    public Intervention Open() => Intervention.Open(new AgencyClock(_clock, _zones, "America/Toronto"), _id, _client, _counsellor, _programme, _by);

    [Benchmark(Description = "Open + first action (builds the machine)")]
    public Intervention OpenAndAct()
    {
        var intervention = Intervention.Open(new AgencyClock(_clock, _zones, "America/Toronto"), _id, _client, _counsellor, _programme, _by);
        intervention.StartIntake(_by);
        return intervention;
    }

    [Benchmark(Baseline = true, Description = "FromHistory, 20 events")]
    public Intervention Rebuild() => Intervention.FromHistory(_history, new AgencyClock(_clock, _zones, "UTC"));
}

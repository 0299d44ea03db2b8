using System;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Benchmarks.Interventions;

/// <summary>
/// A host's unit of work: load a stored 20-event history with every check (<see cref="Intervention.FromHistory"/>),
/// record one session, take the new events (<see cref="Intervention.UncommittedEvents"/>). Beside it, a raw Stateless
/// machine configured like the lifecycle, built and fired once (the baseline: what the aggregate paid when it built its
/// machine per instance), and a hand-written equivalent (a switch over the events, the decision, the new event).
/// </summary>
[MemoryDiagnoser]
public class UnitOfWorkBenchmarks
{
    private static readonly SessionOutcome[] Outcomes = [new SessionOutcome(SessionOutcomeKind.AgreedAction, "apply")];
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private readonly SessionId _session = SessionId.New();
    private InterventionEvent[] _history = [];
    private FakeClock _clock = null!;
    private Actor _by;
    private InterventionState _rawState;

    [GlobalSetup]
    public void Setup()
    {
        var recorded = LongHistories.WithEvents(20);
        _history = [.. System.Linq.Enumerable.Take(recorded.History, 20)];
        _by = _history[0].By;
        _clock = new FakeClock(_history[^1].At + Duration.FromDays(1));
        if (Intervention.FromHistory(_history, new AgencyClock(_clock, _zones, "UTC")).State != InterventionState.Active || LoadActTake().Length != 1)
        {
            throw new InvalidOperationException("The 20-event history must rebuild to an active intervention.");
        }
    }

    [Benchmark(Baseline = true, Description = "raw Stateless machine, built and fired once")]
    public InterventionState RawStateless()
    {
        _rawState = InterventionState.Active;
        var raw = Lifecycle.Build(() => _rawState, s => _rawState = s, static _ => true, static (_, _) => throw new InvalidOperationException());
        raw.Fire(InterventionAction.RecordSession);
        return _rawState;
    }

    [Benchmark(Description = "load 20 events, record a session, take the new events")]
    public ImmutableArray<InterventionEvent> LoadActTake()
    {
        var intervention = Intervention.FromHistory(_history, new AgencyClock(_clock, _zones, "UTC"));
        intervention.RecordSession(_session, _clock.GetCurrentInstant(), Outcomes, SessionProgress.Progressed, _by);
        return intervention.UncommittedEvents;
    }

    [Benchmark(Description = "hand-written: fold the states, decide, new event")]
    public InterventionEvent[] HandWritten()
    {
        var state = InterventionState.Requested;
        var last = Instant.MinValue;
        foreach (var evt in _history)
        {
            state = Lifecycle.TargetOf(evt) ?? state;
            last = evt.At;
        }

        var now = _clock.GetCurrentInstant();
        if (state is InterventionState.Requested or InterventionState.OnHold or InterventionState.Closed || now < last)
        {
            throw new InvalidOperationException();
        }

        return [new SessionRecorded(_session, now, [.. Outcomes], SessionProgress.Progressed, now, _by) { Position = _history.Length + 1 }];
    }
}

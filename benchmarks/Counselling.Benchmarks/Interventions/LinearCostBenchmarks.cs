using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Benchmarks.Interventions;

/// <summary>
/// Cost against length: histories of 1,000, 10,000 and 100,000 events recorded through the intent methods (about five
/// events a session: planned, held, an action agreed, the previous one reviewed, a piece of evidence), rebuilt with every
/// check (<see cref="Intervention.FromHistory"/>) and projected into a case record (<see cref="CaseRecordProjection.ToCaseRecord"/>),
/// beside a hand-written fold of the same events into session statuses, with no check (the baseline).
/// Linear cost shows as each step costing about ten times the previous one.
/// </summary>
[MemoryDiagnoser]
public class LinearCostBenchmarks
{
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private Intervention _intervention = null!;
    private InterventionEvent[] _history = [];
    private FakeClock _clock = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _intervention = LongHistories.WithEvents(Events);
        _history = [.. _intervention.History];
        _clock = new FakeClock(_intervention.LastChangeAt);
    }

    [Benchmark(Baseline = true, Description = "hand-written fold, no check")]
    public int HandWrittenFold()
    {
        var sessions = new Dictionary<SessionId, SessionStatus>();
        var actions = new Dictionary<PlanActionId, PlanActionStatus>();
        foreach (var evt in _history)
        {
            switch (evt)
            {
                case SessionPlanned p: sessions[p.Session] = SessionStatus.Planned; break;
                case SessionRecorded r: sessions[r.Session] = SessionStatus.Held; break;
                case SessionMissed m: sessions[m.Session] = SessionStatus.Missed; break;
                case SessionCancelled c: sessions[c.Session] = SessionStatus.Cancelled; break;
                case PlanActionAgreed a: actions[a.Action.Id] = PlanActionStatus.Agreed; break;
                case PlanActionReviewed v: actions[v.Action] = v.Outcome; break;
            }
        }

        return sessions.Count + actions.Count;
    }

    [Benchmark(Description = "FromHistory (validated rebuild)")]
    public Intervention Rebuild() => Intervention.FromHistory(_history, new AgencyClock(_clock, _zones, "UTC"));

    [Benchmark(Description = "ToCaseRecord (projection)")]
    public CaseRecord Project() => _intervention.ToCaseRecord();
}

/// <summary>
/// One intervention with 10,000 sessions (about 50,000 events) projected into its case record and evaluated under the
/// strict rubric, beside the evaluation alone of the record already built (the baseline).
/// </summary>
[MemoryDiagnoser]
public class TenThousandSessionsBenchmarks
{
    private readonly EvaluationEngine _engine = new(BuiltInRubrics.Strict);
    private Intervention _intervention = null!;
    private CaseRecord _record = null!;
    private Instant _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _intervention = LongHistories.WithSessions(9_999); // and the intake session: 10,000 in all
        if (_intervention.Sessions.Count != 10_000)
        {
            throw new InvalidOperationException("The intervention must hold 10,000 sessions, not " + _intervention.Sessions.Count);
        }

        _record = _intervention.ToCaseRecord();
        _asOf = _intervention.LastChangeAt;
    }

    [Benchmark(Baseline = true, Description = "evaluate the record already built")]
    public Verdict EvaluateOnly() => _engine.Evaluate(_record, _asOf).Verdict;

    [Benchmark(Description = "ToCaseRecord + evaluate")]
    public Verdict ProjectAndEvaluate() => _engine.Evaluate(_intervention.ToCaseRecord(), _asOf).Verdict;
}

using System;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Interventions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// One truth: whatever the intent methods accept, the case record and the evaluation read without throwing, and the
/// history rebuilds an equal intervention. Random sequences of every action (sessions, objectives, the action plan,
/// every kind of evidence, hold, resume, follow-up, closure), refused actions ignored.
/// </summary>
public sealed class OneTruthProperties
{
    private static readonly EvaluationEngine[] Engines =
        [new(BuiltInRubrics.ProcessAndImpact), new(BuiltInRubrics.Strict), new(BuiltInRubrics.DecentWork)];

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void WhatTheIntentMethodsAccept_IsProjectedEvaluatedAndRebuilt_WithoutFault(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            intervention = LifecycleProperties.ApplyOrKeep(world, intervention, command);
        }

        var record = intervention.ToCaseRecord("site-1");
        var now = Instant.Max(world.Clock.GetCurrentInstant(), intervention.LastChangeAt);
        Instant[] instants = [intervention.OpenedAt, intervention.LastChangeAt, now, now + Duration.FromDays(100), now + Duration.FromDays(800)];
        foreach (var engine in Engines)
        {
            foreach (var asOf in instants)
            {
                var report = engine.Evaluate(record, asOf);
                Assert.Equal(engine.Summarize(record, asOf).Verdict, report.Verdict);
            }
        }

        var rebuilt = Intervention.FromHistory(intervention.History, world.Agency);
        Assert.Equal(LifecycleProperties.Snapshot.Of(intervention), LifecycleProperties.Snapshot.Of(rebuilt));
        Assert.Equal(intervention.Version, rebuilt.LoadedVersion);
        Assert.Equal(Engines[0].Summarize(record, now), Engines[0].Summarize(rebuilt.ToCaseRecord("site-1"), now));
    }
}

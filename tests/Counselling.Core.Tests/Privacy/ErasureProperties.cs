using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Interventions;
using Counselling.Core.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Privacy;

/// <summary>Over the random histories of the rebuild properties: the erased history rebuilds, and every figure stays.</summary>
public sealed class ErasureProperties
{
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.Default);

    [Property(Arbitrary = new[] { typeof(Arbitraries), typeof(HistoryArbitraries) }, MaxTest = 1000)]
    public void AnErasedHistory_Rebuilds_WithTheSameShape_TheSameCaseRecordFigures_AndTheSameEvaluation(LifecycleCommand[] commands)
    {
        var (world, intervention) = HistoryValidationProperties.Run(commands);

        var erased = PersonalDataEraser.Erase(intervention.History);
        var rebuilt = Intervention.FromHistory(erased, world.Agency);

        Assert.Equal(intervention.History.Select(e => (e.GetType(), e.Position, e.At, e.By)), erased.Select(e => (e.GetType(), e.Position, e.At, e.By)));
        Assert.Equal(LifecycleProperties.Snapshot.Of(intervention), LifecycleProperties.Snapshot.Of(rebuilt));
        Assert.Equal(PersonalDataEraser.Erase(erased), erased);
        var asOf = intervention.LastChangeAt;
        var before = Engine.Evaluate(intervention.ToCaseRecord(), asOf);
        var after = Engine.Evaluate(rebuilt.ToCaseRecord(), asOf);
        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal(before.Verdict, after.Verdict);
        Assert.Equal(before.Reasons, after.Reasons);
        Assert.Equal(new[] { before.Result, before.Process, before.Impact }.SelectMany(a => a.Reasons), new[] { after.Result, after.Process, after.Impact }.SelectMany(a => a.Reasons));
        Assert.Equal(before.Perspectives.Select(p => p.Verdict), after.Perspectives.Select(p => p.Verdict));
        Assert.Equal(before.Criteria.SelectMany(c => c.Reasons), after.Criteria.SelectMany(c => c.Reasons));
    }
}

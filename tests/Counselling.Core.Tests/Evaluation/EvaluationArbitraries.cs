using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>Generators for the evaluation properties: random valid histories, shrunk towards fewer facts.</summary>
public static class EvaluationArbitraries
{
    public static Arbitrary<RandomHistory> Histories()
        => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from size in Gen.Choose(0, 8)
            select RandomHistory.Create(seed, size),
            h => Enumerable.Range(0, h.Size).Reverse().Select(size => RandomHistory.Create(h.Seed, size)));
}

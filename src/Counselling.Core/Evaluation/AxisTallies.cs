using System.Runtime.CompilerServices;

namespace Counselling.Core.Evaluation;

/// <summary>The three axes' tallies, inline on the stack, indexed by <see cref="EvaluationAxis"/> minus one.</summary>
[InlineArray(3)]
internal struct AxisTallies
{
    private AxisTally _first;
}

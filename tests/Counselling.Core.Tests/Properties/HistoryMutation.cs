namespace Counselling.Core.Tests.Properties;

/// <summary>How a stored history is tampered with in a property: which operation, at which indexes.</summary>
/// <param name="Kind">0 drop, 1 duplicate, 2 swap, 3 relabel as another transition, 4 splice two writers' appends.</param>
/// <param name="I">A first index (taken modulo the history's length).</param>
/// <param name="J">A second index.</param>
/// <param name="KeepPositions">Whether the events keep their stored positions (otherwise the rules alone must catch it).</param>
public sealed record HistoryMutation(int Kind, int I, int J, bool KeepPositions)
{
    public override string ToString() => $"{new[] { "drop", "duplicate", "swap", "relabel", "splice" }[Kind]}({I},{J}) positions={KeepPositions}";
}

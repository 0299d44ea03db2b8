namespace Counselling.Core.Periservice;

/// <summary>A touchpoint that a recomputed schedule keeps under the same identifier but changes: its time, channel or due date.</summary>
/// <param name="Before">The touchpoint as it was.</param>
/// <param name="After">The touchpoint as it is now.</param>
public readonly record struct TouchpointMove(Touchpoint Before, Touchpoint After);

namespace Counselling.Core.Tests.Properties;

/// <summary>One random step of a property test: an action, small numbers for its arguments, and how far the clock moves first.</summary>
/// <param name="Kind">Which action (see <see cref="LifecycleProperties"/>).</param>
/// <param name="A">A first argument: a session index, a reason, a day offset.</param>
/// <param name="B">A second argument.</param>
/// <param name="ClockMinutes">How many minutes the clock moves before the action; negative now and then, to try a clock that goes back.</param>
public sealed record LifecycleCommand(int Kind, int A, int B, int ClockMinutes)
{
    public override string ToString() => $"{LifecycleProperties.KindName(Kind)}({A},{B}) after {ClockMinutes} min";
}

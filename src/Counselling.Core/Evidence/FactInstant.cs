using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// An instant as a fact keeps it: ticks since the Unix epoch and the nanoseconds past the last tick (0 to 99), nine
/// bytes where an <see cref="Instant"/> takes sixteen. The same instant comes back, to the nanosecond, and two kept
/// instants are equal exactly when the instants are.
/// </summary>
internal static class FactInstant
{
    /// <summary>The ticks of an instant (towards the start of time) and the nanoseconds past them.</summary>
    public static long Ticks(Instant instant, out byte nanoseconds)
    {
        var ticks = instant.ToUnixTimeTicks();
        nanoseconds = (byte)(instant - Instant.FromUnixTimeTicks(ticks)).SubsecondNanoseconds;
        return ticks;
    }

    /// <summary>The instant kept as ticks and nanoseconds.</summary>
    public static Instant ToInstant(long ticks, byte nanoseconds)
        => nanoseconds == 0 ? Instant.FromUnixTimeTicks(ticks) : Instant.FromUnixTimeTicks(ticks).PlusNanoseconds(nanoseconds);
}

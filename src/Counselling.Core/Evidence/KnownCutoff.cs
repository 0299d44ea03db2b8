using System.Runtime.CompilerServices;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>An as-of instant, kept both ways, to tell whether a fact was known by then without rebuilding the fact's instant.</summary>
internal readonly struct KnownCutoff
{
    public KnownCutoff(Instant asOf)
    {
        Instant = asOf;
        Ticks = FactInstant.Ticks(asOf, out var nanoseconds);
        Nanoseconds = nanoseconds;
    }

    /// <summary>Gets the instant.</summary>
    public Instant Instant { get; }

    /// <summary>Gets its ticks since the Unix epoch.</summary>
    public long Ticks { get; }

    /// <summary>Gets its nanoseconds past those ticks.</summary>
    public byte Nanoseconds { get; }

    /// <summary>Tells whether an instant kept as ticks and nanoseconds is at or before the cutoff.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Admits(long ticks, byte nanoseconds) => ticks < Ticks || (ticks == Ticks && nanoseconds <= Nanoseconds);
}

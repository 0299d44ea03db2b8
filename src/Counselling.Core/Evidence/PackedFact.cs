using System.Runtime.InteropServices;

namespace Counselling.Core.Evidence;

/// <summary>
/// One fact as a summary reads it, sixteen bytes: when it became known (ticks since the Unix epoch), where the next
/// observation of the same item sits in the record's packed facts, and what the criteria read of it, as bits. Built
/// with the record from its public facts (see <see cref="PackedFacts"/>); a fact, never a result.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct PackedFact
{
    /// <summary>Initializes a packed fact.</summary>
    /// <param name="ticks">When it became known, in ticks since the Unix epoch (whole ticks only).</param>
    /// <param name="next">The index in the packed facts of the next observation of the same item, or <see cref="int.MaxValue"/>.</param>
    /// <param name="data">What the criteria read of it, as <see cref="PackedFacts"/> lays it out for its kind.</param>
    public PackedFact(long ticks, int next, int data)
    {
        Ticks = ticks;
        Next = next;
        Data = data;
    }

    /// <summary>Gets when the fact became known, in ticks since the Unix epoch (<see cref="long.MaxValue"/>: never).</summary>
    public long Ticks { get; }

    /// <summary>Gets the index of the next observation of the same item, or <see cref="int.MaxValue"/> when none follows: the fact is current at a cutoff when that index is not among the facts known by then.</summary>
    public int Next { get; }

    /// <summary>Gets what the criteria read of the fact, laid out by kind.</summary>
    public int Data { get; }
}

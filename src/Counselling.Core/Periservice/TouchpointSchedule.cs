using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Counselling.Core.Periservice;

/// <summary>
/// Touchpoints in the order they go: by instant, then by identifier. A schedule computed twice from the same inputs
/// is equal, touchpoint for touchpoint.
/// </summary>
/// <remarks>Immutable and thread-safe. Compare two schedules with <see cref="ScheduleDiff.Between"/>.</remarks>
public sealed class TouchpointSchedule : IReadOnlyList<Touchpoint>, IEquatable<TouchpointSchedule>
{
    private readonly ImmutableArray<Touchpoint> _touchpoints;

    private TouchpointSchedule(ImmutableArray<Touchpoint> sorted) => _touchpoints = sorted;

    /// <summary>Gets the empty schedule.</summary>
    public static TouchpointSchedule Empty { get; } = new([]);

    /// <summary>Gets the touchpoints, in order.</summary>
    public ImmutableArray<Touchpoint> Touchpoints => _touchpoints;

    /// <inheritdoc />
    public int Count => _touchpoints.Length;

    /// <inheritdoc />
    public Touchpoint this[int index] => _touchpoints[index];

    /// <summary>Builds a schedule from touchpoints in any order (of one intervention or many).</summary>
    /// <param name="touchpoints">The touchpoints; each identifier once.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">A touchpoint is <see langword="null"/>, or an identifier is named twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoints"/> is <see langword="null"/>.</exception>
    public static TouchpointSchedule Of(IEnumerable<Touchpoint> touchpoints)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var array = new List<Touchpoint>(touchpoints).ToArray();
        var ids = new HashSet<TouchpointId>();
        foreach (var touchpoint in array)
        {
            if (touchpoint is null || !ids.Add(touchpoint.Id))
            {
                throw new ArgumentException("Each touchpoint is given once, and none is null.", nameof(touchpoints));
            }
        }

        return FromUnsorted(array);
    }

    /// <summary>Merges schedules (of several interventions) into one.</summary>
    /// <param name="schedules">The schedules.</param>
    /// <returns>One schedule, in order.</returns>
    /// <exception cref="ArgumentException">A schedule is <see langword="null"/>, or two name the same touchpoint.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is <see langword="null"/>.</exception>
    internal static TouchpointSchedule Merge(IEnumerable<TouchpointSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var all = new List<Touchpoint>();
        foreach (var schedule in schedules)
        {
            all.AddRange(schedule ?? throw new ArgumentException("A schedule is null.", nameof(schedules)));
        }

        return Of(all);
    }

    /// <summary>Finds a touchpoint by its identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The touchpoint, or <see langword="null"/>.</returns>
    public Touchpoint? Find(TouchpointId id)
    {
        foreach (var touchpoint in _touchpoints)
        {
            if (touchpoint.Id == id)
            {
                return touchpoint;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(TouchpointSchedule? other)
        => ReferenceEquals(this, other) || (other is not null && _touchpoints.AsSpan().SequenceEqual(other._touchpoints.AsSpan()));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TouchpointSchedule);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var touchpoint in _touchpoints)
        {
            hash.Add(touchpoint.Id);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<Touchpoint> GetEnumerator() => ((IEnumerable<Touchpoint>)_touchpoints).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns the number of touchpoints.</summary>
    /// <returns>The schedule as text.</returns>
    public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " touchpoints";

    internal static int Compare(Touchpoint a, Touchpoint b)
    {
        var byInstant = a.Instant.CompareTo(b.Instant);
        return byInstant != 0 ? byInstant : a.Id.CompareTo(b.Id);
    }

    internal static TouchpointSchedule FromUnsorted(Touchpoint[] touchpoints)
    {
        if (touchpoints.Length == 0)
        {
            return Empty;
        }

        Array.Sort(touchpoints, Compare);
        return new TouchpointSchedule(ImmutableCollectionsMarshal.AsImmutableArray(touchpoints));
    }
}

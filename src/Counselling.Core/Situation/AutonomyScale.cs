using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;

namespace Counselling.Core.Situation;

/// <summary>
/// An open scale of autonomy with named levels, ordered by rank. The built-in <see cref="Default"/> has four levels;
/// an agency defines its own with <see cref="Create"/> (no proprietary outcome scale is built in).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AutonomyScale : IEquatable<AutonomyScale>
{
    /// <summary>Initializes a scale: a stored one read back, for one; <see cref="Create"/> says the same in words.</summary>
    /// <param name="code">The scale's code.</param>
    /// <param name="levels">The levels, at least two, with distinct codes and distinct ranks.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank, or the levels are fewer than two, hold a default value, or repeat a code or a rank.</exception>
    public AutonomyScale(string code, IEnumerable<AutonomyLevel> levels)
    {
        Guard.NotBlank(code);
        ArgumentNullException.ThrowIfNull(levels);
        var ordered = levels.OrderBy(l => l.Rank).ToImmutableArray();
        if (ordered.Length < 2 || !AllDistinct(ordered))
        {
            throw new ArgumentException("A scale has at least two levels, none default, with distinct codes and distinct ranks.", nameof(levels));
        }

        Code = code.Trim();
        Levels = ordered;
    }

    /// <summary>
    /// Gets the built-in scale <c>default</c>: <c>accompanied</c> (the counsellor does for the client),
    /// <c>guided</c> (the counsellor does with him), <c>supported</c> (the client acts, with the counsellor beside him)
    /// and <c>autonomous</c> (the client acts alone).
    /// </summary>
    public static AutonomyScale Default { get; } = Create(
        "default",
        [
            new AutonomyLevel("accompanied", 0, HelpMode.DoesFor),
            new AutonomyLevel("guided", 1, HelpMode.DoesWith),
            new AutonomyLevel("supported", 2, HelpMode.DoesWith),
            new AutonomyLevel("autonomous", 3, HelpMode.ClientAlone),
        ]);

    /// <summary>Gets the scale's code.</summary>
    public string Code { get; }

    /// <summary>Gets the levels, from the least autonomous.</summary>
    public ImmutableArray<AutonomyLevel> Levels { get; }

    /// <summary>Gets the lowest level.</summary>
    public AutonomyLevel Lowest => Levels[0];

    /// <summary>Gets the highest level.</summary>
    public AutonomyLevel Highest => Levels[^1];

    /// <summary>Creates a scale.</summary>
    /// <param name="code">The scale's code.</param>
    /// <param name="levels">The levels, at least two, with distinct codes and distinct ranks.</param>
    /// <returns>The scale, its levels ordered by rank.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank, or the levels are fewer than two, hold a default value, or repeat a code or a rank.</exception>
    public static AutonomyScale Create(string code, IEnumerable<AutonomyLevel> levels) => new(code, levels);

    /// <summary>Finds a level by its code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="level">The level, or the default value.</param>
    /// <returns><see langword="true"/> if the scale has it.</returns>
    public bool TryFind(string? code, out AutonomyLevel level)
    {
        foreach (var candidate in Levels)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>Gets a value indicating whether a level is one of this scale's.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool Contains(AutonomyLevel level) => Levels.Contains(level);

    /// <summary>Says whether another scale has the same code and the same levels.</summary>
    /// <param name="other">The other scale.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public bool Equals(AutonomyScale? other)
        => other is not null && (ReferenceEquals(this, other) || (Code == other.Code && Levels.AsSpan().SequenceEqual(other.Levels.AsSpan())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AutonomyScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Levels.Length, Levels[0]);

    /// <summary>Returns the scale's code and its number of levels.</summary>
    /// <returns>The scale as text.</returns>
    public override string ToString() => Code + " (" + Levels.Length + " levels)";

    /// <summary>
    /// Whether no level is default and the levels, ordered by rank, have distinct ranks and distinct codes. Ranks run from
    /// 0 to 100, so a scale that gets past the rank check has at most 101 levels: comparing codes pairwise stays small.
    /// </summary>
    private static bool AllDistinct(ImmutableArray<AutonomyLevel> ordered)
    {
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].IsDefault || (i > 0 && ordered[i].Rank == ordered[i - 1].Rank))
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(ordered[i].Code, ordered[j].Code, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}

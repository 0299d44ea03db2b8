using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>The client's answers about the service: satisfaction on a scale, would come back, would recommend.</summary>
/// <remarks>The latest answer known at the as-of instant counts. The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct SatisfactionAnswer : IKnownFact
{
    /// <summary>Initializes a new answer.</summary>
    /// <param name="score">Satisfaction on a scale.</param>
    /// <param name="knownAt">When it was answered.</param>
    /// <param name="source">Who recorded it (usually the client).</param>
    /// <param name="wouldComeBack">Whether the client would come back if needed, if asked.</param>
    /// <param name="wouldRecommend">Whether the client would recommend the service, if asked.</param>
    /// <exception cref="ArgumentException"><paramref name="score"/> is the default value or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public SatisfactionAnswer(ScaleScore score, Instant knownAt, ActorKind source, bool? wouldComeBack = null, bool? wouldRecommend = null)
    {
        Score = score.IsDefault ? throw new ArgumentException("A satisfaction score needs its scale.", nameof(score)) : score;
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        WouldComeBack = wouldComeBack;
        WouldRecommend = wouldRecommend;
    }

    /// <summary>Gets satisfaction on its scale.</summary>
    public ScaleScore Score { get; }

    /// <summary>Gets when it was answered.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets whether the client would come back if needed, if asked.</summary>
    public bool? WouldComeBack { get; }

    /// <summary>Gets whether the client would recommend the service, if asked.</summary>
    public bool? WouldRecommend { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Score.IsDefault;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}

using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>The client's answers about the service: satisfaction on a scale, would come back, would recommend.</summary>
/// <remarks>The latest answer known at the as-of instant counts. The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct SatisfactionAnswer : IKnownFact
{
    // Kept small (24 bytes, not 40): the instant as ticks, the source as a byte, each yes-or-no answer in two bits
    // (0 not asked, 1 no, 2 yes).
    private readonly long _knownTicks;
    private readonly ScaleScore _score;
    private readonly byte _source;
    private readonly byte _answers;
    private readonly byte _knownNanoseconds;

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
        _score = score.IsDefault ? throw new ArgumentException("A satisfaction score needs its scale.", nameof(score)) : score;
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
        _answers = (byte)(Answer(wouldComeBack) | (Answer(wouldRecommend) << 2));
    }

    /// <summary>Gets satisfaction on its scale.</summary>
    public ScaleScore Score => _score;

    /// <summary>Gets when it was answered.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets whether the client would come back if needed, if asked.</summary>
    public bool? WouldComeBack => Answer(_answers & 3);

    /// <summary>Gets whether the client would recommend the service, if asked.</summary>
    public bool? WouldRecommend => Answer(_answers >> 2);

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Score.IsDefault;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    private static int Answer(bool? answer) => answer is { } yes ? (yes ? 2 : 1) : 0;

    private static bool? Answer(int bits) => bits == 0 ? null : bits == 2;
}

using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// One of the counsellor's own objectives for the intervention, set early, on the result, the process or the impact,
/// beside the client's SMART objectives: it names the criterion it is evaluated against (<c>decision-made</c>,
/// <c>sessions-held-as-planned</c>, <c>satisfaction</c>, or a host's own criterion), and the evaluation's
/// "counsellor's objectives" point of view judges each one by that criterion.
/// </summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct CounsellorObjectiveFact : IKnownFact
{
    /// <summary>Initializes a new counsellor's objective.</summary>
    /// <param name="criterion">The code of the criterion it is evaluated against, such as <c>decision-made</c>.</param>
    /// <param name="knownAt">When it was set.</param>
    /// <param name="source">Who recorded it (usually the counsellor).</param>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is not a short code or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public CounsellorObjectiveFact(string criterion, Instant knownAt, ActorKind source)
    {
        Criterion = EvidenceGuard.Code(criterion);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
    }

    /// <summary>Gets the code of the criterion it is evaluated against.</summary>
    public string Criterion { get; }

    /// <summary>Gets when it was set.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Criterion is null;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}

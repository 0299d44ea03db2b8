using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// Someone's own judgement of the intervention's success — the counsellor's, the client's, or a joint evaluation held in
/// a session — with who gave it and when. The evaluation shows each judge's latest answer beside the rubric's verdict.
/// </summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct JudgementFact : IKnownFact
{
    /// <summary>Initializes a new judgement.</summary>
    /// <param name="judge">Whose judgement it is.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="knownAt">When it was given.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="session">The session it was given in; required for a joint evaluation, and the record must hold it.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="ActorKind.None"/>, <paramref name="session"/>
    /// is the default identifier, or a joint evaluation names no session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="judge"/> or <paramref name="answer"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public JudgementFact(JudgeKind judge, JudgementAnswer answer, Instant knownAt, ActorKind source, SessionId? session = null)
    {
        Judge = Guard.Defined(judge);
        Answer = Guard.Defined(answer);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        Session = session is { } s ? Guard.NotDefault(s, nameof(session)) : null;
        if (judge == JudgeKind.Joint && session is null)
        {
            throw new ArgumentException("A joint evaluation is held in a session: name it.", nameof(session));
        }
    }

    /// <summary>Gets whose judgement it is.</summary>
    public JudgeKind Judge { get; }

    /// <summary>Gets the answer.</summary>
    public JudgementAnswer Answer { get; }

    /// <summary>Gets when it was given.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets the session it was given in, if any.</summary>
    public SessionId? Session { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Judge == 0;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}

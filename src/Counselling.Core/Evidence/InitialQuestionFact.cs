using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// The question or request the client came with (<c>plan-b</c>: "help me build a plan B"), typically recorded right
/// after opening: the result axis starts from it, and the report shows it.
/// </summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct InitialQuestionFact : IKnownFact
{
    /// <summary>Initializes a new initial question.</summary>
    /// <param name="question">A short code for the question or request, such as <c>plan-b</c>: never free text.</param>
    /// <param name="knownAt">When it was recorded.</param>
    /// <param name="source">Who recorded it.</param>
    /// <exception cref="ArgumentException"><paramref name="question"/> is not a short code or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public InitialQuestionFact(string question, Instant knownAt, ActorKind source)
    {
        Question = EvidenceGuard.Code(question);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
    }

    /// <summary>Gets the question's code.</summary>
    public string Question { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Question is null;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}

using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// What was known of one option (plan A, plan B) at an instant. Options are told apart by their <see cref="Label"/>;
/// the latest observation known at the as-of instant counts, and a resolved option never opens again
/// (<see cref="OptionStatuses.IsResolved"/>).
/// </summary>
/// <remarks>The default value has no label and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct OptionFact : IKnownFact
{
    /// <summary>Initializes a new observation of an option.</summary>
    /// <param name="label">A short code for the option, such as <c>A</c>, <c>B</c> or <c>army</c>: never free text.</param>
    /// <param name="status">Its status.</param>
    /// <param name="knownAt">When this became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="expectedBy">For a pending option, the date its answer or start is expected, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a short code, <paramref name="source"/> is
    /// <see cref="ActorKind.None"/>, or a resolved option carries an expected date.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> or <paramref name="expectedBy"/> lies outside <see cref="SupportedDates"/>.</exception>
    public OptionFact(string label, OptionStatus status, Instant knownAt, ActorKind source, LocalDate? expectedBy = null)
    {
        Label = EvidenceGuard.Code(label);
        Status = Guard.Defined(status);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        if (expectedBy is not null && status != OptionStatus.Pending)
        {
            throw new ArgumentException("Only a pending option has an expected date.", nameof(expectedBy));
        }

        ExpectedBy = expectedBy is { } expected ? Bounds.Date(expected, nameof(expectedBy)) : null;
    }

    /// <summary>Gets the option's label.</summary>
    public string Label { get; }

    /// <summary>Gets its status.</summary>
    public OptionStatus Status { get; }

    /// <summary>Gets when this became known.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets the date a pending option is expected to resolve, if known.</summary>
    public LocalDate? ExpectedBy { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Label is null;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}

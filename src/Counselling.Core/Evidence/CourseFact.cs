using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// The outcome of a course the person entered — started, well completed, abandoned — and whether it meets their
/// expectations, as known at an instant (typically at a follow-up). Courses are told apart by <see cref="Course"/>;
/// the latest observation known at the as-of instant counts.
/// </summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct CourseFact : IKnownFact
{
    /// <summary>Initializes a new observation of a course.</summary>
    /// <param name="course">A short code for the course, such as <c>industrial-mechanics</c>: never free text.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="knownAt">When this became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="meetsExpectations">Whether the person says the course meets their expectations, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="course"/> is not a short code or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public CourseFact(string course, CourseStatus status, Instant knownAt, ActorKind source, bool? meetsExpectations = null)
    {
        Course = EvidenceGuard.Code(course);
        Status = Guard.Defined(status);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        MeetsExpectations = meetsExpectations;
    }

    /// <summary>Gets the course's code.</summary>
    public string Course { get; }

    /// <summary>Gets where it stands.</summary>
    public CourseStatus Status { get; }

    /// <summary>Gets when this became known.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets whether the person says the course meets their expectations, if known.</summary>
    public bool? MeetsExpectations { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Course is null;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}

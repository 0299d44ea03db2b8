using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// The client's situation (employed, in training…) as known at an instant: during the intervention, or at a follow-up
/// a number of months after closure (whether the decision led to a course or a decent job).
/// </summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct SituationFact : IKnownFact
{
    /// <summary>Initializes a new situation fact.</summary>
    /// <param name="activity">The client's activity.</param>
    /// <param name="knownAt">When it became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="monthsAfterClosure">For a follow-up, how many months after closure it was planned (3, 6, 12…); <see langword="null"/> during the intervention.</param>
    /// <param name="job">For employment, the elements of decent work, as far as known.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="ActorKind.None"/>, or <paramref name="job"/> is given for an activity that is not a job.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is undefined or <paramref name="monthsAfterClosure"/> lies outside 0–120.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public SituationFact(SituationKind activity, Instant knownAt, ActorKind source, int? monthsAfterClosure = null, JobQuality? job = null)
    {
        Activity = Guard.Defined(activity);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        MonthsAfterClosure = monthsAfterClosure is { } m ? Guard.InRange(m, 0, 120, nameof(monthsAfterClosure)) : null;
        if (job is not null && !IsJob(activity))
        {
            throw new ArgumentException("Only a job (employed or self-employed) is described by the elements of decent work.", nameof(job));
        }

        Job = job;
    }

    /// <summary>Gets the client's activity.</summary>
    public SituationKind Activity { get; }

    /// <summary>Gets when it became known.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets how many months after closure the follow-up was planned; <see langword="null"/> during the intervention.</summary>
    public int? MonthsAfterClosure { get; }

    /// <summary>Gets a value indicating whether this situation was recorded at a follow-up after closure.</summary>
    public bool IsFollowUp => MonthsAfterClosure is not null;

    /// <summary>Gets the elements of decent work for a job, as far as known.</summary>
    public JobQuality? Job { get; }

    /// <summary>Gets a value indicating whether the client is in a job or a course (an outcome entered).</summary>
    public bool IsEmploymentOrTraining => Activity is SituationKind.Employed or SituationKind.SelfEmployed or SituationKind.InTraining;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Activity == 0;

    private static bool IsJob(SituationKind activity) => activity is SituationKind.Employed or SituationKind.SelfEmployed;
}

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
    // Kept small (40 bytes, not 96): the instant as ticks, the enums as bytes, the months after closure plus one as a byte (0: none), the job beside a flag.
    private readonly long _knownTicks;
    private readonly JobQuality _job;
    private readonly byte _activity;
    private readonly byte _source;
    private readonly byte _months;
    private readonly bool _hasJob;
    private readonly byte _knownNanoseconds;

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
        _activity = (byte)Guard.Defined(activity);
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
        _months = monthsAfterClosure is { } m ? (byte)(Guard.InRange(m, 0, 120, nameof(monthsAfterClosure)) + 1) : (byte)0;
        if (job is not null && !IsJob(activity))
        {
            throw new ArgumentException("Only a job (employed or self-employed) is described by the elements of decent work.", nameof(job));
        }

        if (job is { } j)
        {
            _job = j;
            _hasJob = true;
        }
    }

    /// <summary>Gets the client's activity.</summary>
    public SituationKind Activity => (SituationKind)_activity;

    /// <summary>Gets when it became known.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets how many months after closure the follow-up was planned; <see langword="null"/> during the intervention.</summary>
    public int? MonthsAfterClosure => _months == 0 ? null : _months - 1;

    /// <summary>Gets a value indicating whether this situation was recorded at a follow-up after closure.</summary>
    public bool IsFollowUp => _months != 0;

    /// <summary>Gets the elements of decent work for a job, as far as known.</summary>
    public JobQuality? Job => _hasJob ? _job : null;

    /// <summary>Gets a value indicating whether the client is in a job or a course (an outcome entered).</summary>
    public bool IsEmploymentOrTraining => (SituationKind)_activity is SituationKind.Employed or SituationKind.SelfEmployed or SituationKind.InTraining;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _activity == 0;

    private static bool IsJob(SituationKind activity) => activity is SituationKind.Employed or SituationKind.SelfEmployed;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Gets the job's elements when <see cref="HasJob"/>.</summary>
    internal JobQuality JobOrDefault => _job;

    /// <summary>Gets a value indicating whether the job's elements are given.</summary>
    internal bool HasJob => _hasJob;
}

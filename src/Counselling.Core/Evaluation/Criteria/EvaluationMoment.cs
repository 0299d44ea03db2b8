using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The instant an evaluation is asked as of, its date in the record's zone, and what several criteria read, computed
/// once per evaluation: whether and when the intervention closed, and the sessions' digest.
/// </summary>
internal readonly struct EvaluationMoment
{
    public EvaluationMoment(Instant asOf, CaseRecord record)
        : this(new KnownCutoff(asOf), record, ZoneDates.DateIn(asOf, record.Zone))
    {
    }

    /// <summary>Initializes a moment whose date in the record's zone is already known (a walk computes it once for records sharing a zone).</summary>
    /// <param name="cutoff">The instant, as facts are compared with it.</param>
    /// <param name="record">The record.</param>
    /// <param name="today">The date of the instant in the record's zone.</param>
    /// <param name="closureDate">Whether to compute <see cref="ClosedOn"/>: the default rubric's one pass reads the closure's date only when a follow-up is awaited, and computes it then.</param>
    public EvaluationMoment(in KnownCutoff cutoff, CaseRecord record, LocalDate today, bool closureDate = true)
    {
        var asOf = cutoff.Instant;
        AsOf = asOf;
        Cutoff = cutoff;
        Zone = record.Zone;
        Today = today;
        IsClosed = record.IsClosedAt(asOf);
        ClosedOn = IsClosed && closureDate ? DateOf(record.ClosedAt!.Value) : null;
        Sessions = new SessionDigest(record, Cutoff, Today);
    }

    public Instant AsOf { get; }

    /// <summary>Gets the as-of instant as facts keep theirs, to tell which facts were known then.</summary>
    public KnownCutoff Cutoff { get; }

    public LocalDate Today { get; }

    public DateTimeZone Zone { get; }

    /// <summary>Gets a value indicating whether the intervention was closed as of the moment.</summary>
    public bool IsClosed { get; }

    /// <summary>Gets the date the intervention closed, when closed as of the moment (unknown when the moment was made without it).</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>Gets the sessions known at the moment, counted once for every criterion reading them.</summary>
    public SessionDigest Sessions { get; }

    public LocalDate DateOf(Instant instant) => ZoneDates.DateIn(instant, Zone);

    /// <summary>When a follow-up <paramref name="months"/> after closure is due: from the closure if closed, from the planned end if not, unknown otherwise.</summary>
    public LocalDate? FollowUpDue(CaseRecord record, int months)
        => ClosedOn is { } closed ? closed.PlusMonths(months) : record.PlannedEnd?.PlusMonths(months);
}

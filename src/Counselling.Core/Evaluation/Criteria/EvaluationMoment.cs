using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The instant an evaluation is asked as of, its date in the evaluation's zone, and date helpers criteria share.</summary>
internal readonly struct EvaluationMoment
{
    public EvaluationMoment(Instant asOf, DateTimeZone zone)
    {
        AsOf = asOf;
        Zone = zone;
        Today = DateOf(asOf);
    }

    public Instant AsOf { get; }

    public LocalDate Today { get; }

    public DateTimeZone Zone { get; }

    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>When a follow-up <paramref name="months"/> after closure is due: from the closure if closed, from the planned end if not, unknown otherwise.</summary>
    public LocalDate? FollowUpDue(CaseRecord record, int months)
        => record.IsClosedAt(AsOf) ? DateOf(record.ClosedAt!.Value).PlusMonths(months) : record.PlannedEnd?.PlusMonths(months);
}

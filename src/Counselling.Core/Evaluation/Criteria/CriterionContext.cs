using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>What a <see cref="CustomCriterion"/> is evaluated with: the as-of instant, its date in the record's zone, and the rubric's settings.</summary>
public readonly struct CriterionContext
{
    internal CriterionContext(Instant asOf, DateTimeZone zone, double? threshold, int followUpMonths)
    {
        AsOf = asOf;
        Zone = zone;
        Today = asOf.InZone(zone).Date;
        Threshold = threshold;
        FollowUpMonths = followUpMonths;
    }

    /// <summary>Gets the instant: only facts known then may count.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the zone in which instants become dates (the record's).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the date of <see cref="AsOf"/> in <see cref="Zone"/>.</summary>
    public LocalDate Today { get; }

    /// <summary>Gets the threshold the rubric gives the criterion, if any.</summary>
    public double? Threshold { get; }

    /// <summary>Gets how many months after closure the rubric's first follow-up is due.</summary>
    public int FollowUpMonths { get; }

    /// <summary>Gets the date of an instant in <see cref="Zone"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Its date.</returns>
    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;
}

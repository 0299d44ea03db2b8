using System;
using System.Globalization;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>
/// When each case of a cohort is evaluated: at one fixed instant, or at a horizon after the case opened or closed
/// (3, 6, 12 months…), optionally no later than a cut-off (the date the data was extracted). Immutable.
/// </summary>
/// <remarks>
/// A horizon is counted in the case's own zone: the local date and time of opening (or closure) plus the months, as
/// NodaTime adds months (31 January plus one month is 28 or 29 February), mapped back leniently to an instant.
/// </remarks>
public sealed class AsOfPolicy : IEquatable<AsOfPolicy>
{
    private AsOfPolicy(AsOfAnchor anchor, Instant at, int months, Instant? cutoff)
    {
        Anchor = anchor;
        At = at;
        Months = months;
        Cutoff = cutoff;
    }

    /// <summary>Gets what the as-of instant is counted from.</summary>
    public AsOfAnchor Anchor { get; }

    /// <summary>Gets the fixed instant, for <see cref="AsOfAnchor.Fixed"/>; otherwise <see cref="Instant.MinValue"/>.</summary>
    public Instant At { get; }

    /// <summary>Gets the months after opening or closure, for a horizon; 0 for a fixed instant.</summary>
    public int Months { get; }

    /// <summary>Gets the cut-off: a case whose horizon falls after it is <see cref="CaseOutcomeStatus.HorizonNotReached"/>, one closed after it counts as not closed.</summary>
    public Instant? Cutoff { get; }

    /// <summary>Every case as of one instant.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/>.</exception>
    public static AsOfPolicy Fixed(Instant asOf) => new(AsOfAnchor.Fixed, Bounds.Instant(asOf), 0, null);

    /// <summary>Each case as of a number of months after it opened, such as 6.</summary>
    /// <param name="months">The months, from 1 to 600.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> lies outside 1 to 600.</exception>
    public static AsOfPolicy MonthsAfterOpening(int months) => new(AsOfAnchor.Opening, Instant.MinValue, CheckMonths(months), null);

    /// <summary>Each case as of a number of months after it closed, such as 12; a case not closed is not evaluated.</summary>
    /// <param name="months">The months, from 0 (at closure) to 600.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> lies outside 0 to 600.</exception>
    public static AsOfPolicy MonthsAfterClosure(int months) => new(AsOfAnchor.Closure, Instant.MinValue, months == 0 ? 0 : CheckMonths(months), null);

    /// <summary>The same policy, with a cut-off: the instant the data stops (its extraction).</summary>
    /// <param name="cutoff">The cut-off.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cutoff"/> lies outside <see cref="SupportedDates"/>.</exception>
    public AsOfPolicy NoLaterThan(Instant cutoff) => new(Anchor, At, Months, Bounds.Instant(cutoff));

    /// <summary>Resolves the policy for one case: its as-of instant and whether it can be evaluated then.</summary>
    /// <param name="record">The case.</param>
    /// <param name="asOf">The case's as-of instant; <see langword="null"/> when it has none (not closed).</param>
    /// <returns><see cref="CaseOutcomeStatus.Evaluated"/> when the case can be evaluated at <paramref name="asOf"/>, otherwise why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    internal CaseOutcomeStatus Resolve(CaseRecord record, out Instant? asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        Instant at;
        switch (Anchor)
        {
            case AsOfAnchor.Fixed:
                at = At;
                break;
            case AsOfAnchor.Opening:
                at = Horizon(record.OpenedAt, record.Zone);
                break;
            default:
                if (record.ClosedAt is not { } closed || (Cutoff is { } c && closed > c))
                {
                    asOf = null;
                    return CaseOutcomeStatus.NotClosed;
                }

                at = Horizon(closed, record.Zone);
                break;
        }

        asOf = at;
        if (at > SupportedDates.MaximumInstant || (Cutoff is { } cut && at > cut))
        {
            return CaseOutcomeStatus.HorizonNotReached;
        }

        return record.OpenedAt > at ? CaseOutcomeStatus.NotYetOpened : CaseOutcomeStatus.Evaluated;
    }

    /// <inheritdoc />
    public bool Equals(AsOfPolicy? other)
        => other is not null && Anchor == other.Anchor && At == other.At && Months == other.Months && Cutoff == other.Cutoff;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AsOfPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Anchor, At, Months, Cutoff);

    /// <summary>Returns the policy as text, such as <c>opening+6mo</c>, <c>closure+12mo&lt;=2025-06-30T00:00:00Z</c> or <c>2025-06-30T00:00:00Z</c>.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString()
    {
        var text = Anchor switch
        {
            AsOfAnchor.Fixed => At.ToString("g", CultureInfo.InvariantCulture),
            AsOfAnchor.Opening => string.Create(CultureInfo.InvariantCulture, $"opening+{Months}mo"),
            _ => string.Create(CultureInfo.InvariantCulture, $"closure+{Months}mo"),
        };
        return Cutoff is { } c ? text + "<=" + c.ToString("g", CultureInfo.InvariantCulture) : text;
    }

    private static int CheckMonths(int months)
        => months is >= 1 and <= 600 ? months : throw new ArgumentOutOfRangeException(nameof(months), "Give a horizon of 1 to 600 months.");

    private Instant Horizon(Instant from, DateTimeZone zone)
    {
        var local = from.InZone(zone).LocalDateTime;
        return local.Date.Year + (Months / 12) + 1 > SupportedDates.MaximumDate.Year
            ? Instant.MaxValue
            : local.PlusMonths(Months).InZoneLeniently(zone).ToInstant();
    }
}

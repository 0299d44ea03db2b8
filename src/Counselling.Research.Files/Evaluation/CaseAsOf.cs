using System;
using System.Globalization;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Research.Files.Reading;
using NodaTime;
using NodaTime.Text;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// The date each case of a file is evaluated as of: one fixed date, or a horizon after the case's opening or closure
/// (six months after closure) with a cut-off, the date of the extract, after which nothing is known. A case whose
/// horizon falls after the cut-off is not evaluated, its horizon not reached (<see cref="StatusOf"/>). Immutable.
/// </summary>
/// <remarks>
/// The same policy as the engine's <see cref="AsOfPolicy"/>, said in a file's terms: calendar dates (a case is judged
/// at the end of its as-of day in its zone), any period as horizon (<c>90d</c>, <c>12w</c>, <c>6m</c>, <c>1y</c>) and a
/// cut-off date; <see cref="AsOfPolicy"/> speaks in instants and months for records built from histories. Both anchor on
/// <see cref="AsOfAnchor"/> and answer with <see cref="CaseOutcomeStatus"/>.
/// </remarks>
public sealed class CaseAsOf
{
    private CaseAsOf(AsOfAnchor anchor, Period? horizon, LocalDate cutOff)
    {
        Anchor = anchor;
        Horizon = horizon;
        CutOff = cutOff;
    }

    /// <summary>Gets what the horizon counts from.</summary>
    public AsOfAnchor Anchor { get; }

    /// <summary>Gets the horizon, or <see langword="null"/> for a fixed date.</summary>
    public Period? Horizon { get; }

    /// <summary>Gets the fixed date, or the cut-off of a horizon: the last date the file knows of.</summary>
    public LocalDate CutOff { get; }

    /// <summary>Evaluates every case as of one date.</summary>
    /// <param name="date">The date: evidence known by the end of that day counts.</param>
    /// <returns>The policy.</returns>
    public static CaseAsOf Fixed(LocalDate date) => new(AsOfAnchor.Fixed, null, date);

    /// <summary>Evaluates each case a time after its opening or closure.</summary>
    /// <param name="horizon">The time, such as six months.</param>
    /// <param name="anchor"><see cref="AsOfAnchor.Opening"/> or <see cref="AsOfAnchor.Closure"/>.</param>
    /// <param name="cutOff">The date of the extract: a case whose horizon falls after it is not evaluated, its horizon not reached.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="horizon"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="anchor"/> is not opening or closure.</exception>
    public static CaseAsOf After(Period horizon, AsOfAnchor anchor, LocalDate cutOff)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        if (anchor is not (AsOfAnchor.Opening or AsOfAnchor.Closure))
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), "A horizon counts from the opening or the closure.");
        }

        return new(anchor, horizon, cutOff);
    }

    /// <summary>Reads a horizon such as <c>6m</c>, <c>12w</c>, <c>90d</c> or <c>1y</c>, or an ISO period (<c>P6M</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="horizon">The horizon.</param>
    /// <returns>Whether the text is a positive horizon.</returns>
    public static bool TryParseHorizon(string? text, out Period horizon)
    {
        horizon = Period.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.StartsWith('P'))
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(text);
            horizon = parsed.Success ? parsed.Value : Period.Zero;
            return parsed.Success && horizon != Period.Zero;
        }

        if (!int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 1200)
        {
            return false;
        }

        Period? p = char.ToLowerInvariant(text[^1]) switch
        {
            'd' => Period.FromDays(n),
            'w' => Period.FromWeeks(n),
            'm' => Period.FromMonths(n),
            'y' => Period.FromYears(n),
            _ => null,
        };
        horizon = p ?? Period.Zero;
        return p is not null;
    }

    /// <summary>Gets the date a case is evaluated as of, or <see langword="null"/> when that date is not reached (see <see cref="StatusOf"/> for why).</summary>
    /// <param name="row">The case.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public LocalDate? For(CohortRow row)
    {
        StatusOf(row, out var date);
        return date;
    }

    /// <summary>
    /// Tells whether a case is evaluated under this policy, in the engine's words: evaluated; not yet opened at its date;
    /// not closed (a horizon after closure, and the file gives no closure); or a horizon that falls after the cut-off.
    /// </summary>
    /// <param name="row">The case.</param>
    /// <param name="asOf">The date the case is evaluated as of, or <see langword="null"/> when not reached.</param>
    /// <returns>Whether the case is evaluated, and if not, why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public CaseOutcomeStatus StatusOf(CohortRow row, out LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(row);
        asOf = null;
        LocalDate date;
        if (Horizon is null)
        {
            date = CutOff;
        }
        else if ((Anchor == AsOfAnchor.Opening ? row.OpenedOn : row.ClosedOn) is not { } start)
        {
            return CaseOutcomeStatus.NotClosed;
        }
        else if ((date = start.Plus(Horizon)) > CutOff)
        {
            return CaseOutcomeStatus.HorizonNotReached;
        }

        asOf = date;
        return date < row.OpenedOn ? CaseOutcomeStatus.NotYetOpened : CaseOutcomeStatus.Evaluated;
    }

    /// <summary>Describes the policy: <c>2026-06-30</c>, or <c>P6M after closure, known to 2026-06-30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var cutOff = IsoDates.Format(CutOff);
        return Horizon is null ? cutOff : Horizon + " after " + (Anchor == AsOfAnchor.Opening ? "opening" : "closure") + ", known to " + cutOff;
    }
}

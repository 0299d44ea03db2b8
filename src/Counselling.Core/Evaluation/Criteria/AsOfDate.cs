using System.Runtime.CompilerServices;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The as-of instant as facts are compared with it, and its date in a record's zone, kept by a walk over many records:
/// computed again only when the zone or the instant changes (a zone conversion costs far more than the comparison). A
/// local of one walk, never shared.
/// </summary>
internal struct AsOfDate
{
    private DateTimeZone? _zone;
    private Instant _asOf;
    private LocalDate _today;
    private KnownCutoff _cutoff;

    /// <summary>Gets the instant of the last call to <see cref="Of"/> as facts are compared with it.</summary>
    public readonly KnownCutoff Cutoff => _cutoff;

    /// <summary>The date of an instant in a zone, taken from the last call's when both agree; <see cref="Cutoff"/> then gives the instant.</summary>
    /// <param name="asOf">The instant.</param>
    /// <param name="zone">The record's zone.</param>
    /// <returns>The date.</returns>
    public LocalDate Of(Instant asOf, DateTimeZone zone)
    {
        if (!ReferenceEquals(zone, _zone) || asOf != _asOf)
        {
            _today = DateIn(asOf, zone);
            if (asOf != _asOf || _zone is null)
            {
                _cutoff = new KnownCutoff(asOf);
            }

            _zone = zone;
            _asOf = asOf;
        }

        return _today;
    }

    /// <summary>The date of an instant in a zone: kept apart so that a walk's own frame holds no zoned value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LocalDate DateIn(Instant asOf, DateTimeZone zone) => ZoneDates.DateIn(asOf, zone);
}

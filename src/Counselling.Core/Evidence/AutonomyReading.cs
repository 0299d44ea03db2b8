using System;
using Counselling.Core.Common;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// An assessment of the client's autonomy, at intake or at closure, on a scale, as the case record holds it: the
/// <see cref="Situation.AutonomyAssessment"/> an intervention records, read as a rank on its scale (see
/// <see cref="AutonomyReading(Situation.AutonomyAssessment)"/>), or a score from an export.
/// </summary>
/// <remarks>The latest reading of each moment known at the as-of instant counts. The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct AutonomyReading : IKnownFact
{
    // Kept small (24 bytes, not 40): the instant as ticks, the enums as bytes.
    private readonly long _knownTicks;
    private readonly ScaleScore _level;
    private readonly byte _moment;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes a new reading.</summary>
    /// <param name="moment">When in the intervention it was assessed: at intake or at closure (the evaluation reads those two).</param>
    /// <param name="level">The level on its scale.</param>
    /// <param name="knownAt">When it was assessed.</param>
    /// <param name="source">Who assessed it.</param>
    /// <exception cref="ArgumentException"><paramref name="level"/> is the default value or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="moment"/> is undefined or <see cref="AssessmentMoment.AlongTheWay"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public AutonomyReading(AssessmentMoment moment, ScaleScore level, Instant knownAt, ActorKind source)
    {
        _moment = Guard.Defined(moment) != AssessmentMoment.AlongTheWay
            ? (byte)moment
            : throw new ArgumentOutOfRangeException(nameof(moment), "The evaluation reads the assessments made at intake and at closure.");
        _level = level.IsDefault ? throw new ArgumentException("An autonomy level needs its scale.", nameof(level)) : level;
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
    }

    /// <summary>Initializes the reading of an intervention's autonomy assessment at intake or at closure: its level's rank on the scale's ranks, when it was made and who made it.</summary>
    /// <param name="assessment">The assessment, at intake or at closure.</param>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> is the default value, or was made along the way (the evaluation reads intake and closure).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The assessment's instant lies outside <see cref="SupportedDates"/>.</exception>
    public AutonomyReading(Situation.AutonomyAssessment assessment)
        : this(
            assessment.Moment is AssessmentMoment.Intake or AssessmentMoment.Closure
                ? assessment.Moment
                : throw new ArgumentException("The evaluation reads the assessments made at intake and at closure.", nameof(assessment)),
            new ScaleScore(assessment.Level.Rank, assessment.Scale.Lowest.Rank, assessment.Scale.Highest.Rank),
            assessment.At,
            assessment.By.Kind)
    {
    }

    /// <summary>Gets when in the intervention it was assessed: at intake or at closure.</summary>
    public AssessmentMoment Moment => (AssessmentMoment)_moment;

    /// <summary>Gets the level on its scale.</summary>
    public ScaleScore Level => _level;

    /// <summary>Gets when it was assessed.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who assessed it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _moment == 0;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);
}

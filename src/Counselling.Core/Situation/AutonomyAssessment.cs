using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Situation;

/// <summary>
/// The client's autonomy as assessed at one moment (intake, along the way, closure): a level on a scale and the mode of
/// help agreed for the next steps, which may differ from the level's usual one (a client may be guided yet ask the
/// counsellor to make one difficult call for him).
/// </summary>
/// <remarks>The default value is refused by every public entry point. A rise in level counts in the intervention's favour; a level that stays low is not by itself a failure.</remarks>
public readonly record struct AutonomyAssessment
{
    /// <summary>Initializes a new assessment.</summary>
    /// <param name="scale">The scale assessed on.</param>
    /// <param name="level">The level; must be on <paramref name="scale"/>.</param>
    /// <param name="help">The mode of help agreed for the next steps.</param>
    /// <param name="moment">When in the intervention it was assessed.</param>
    /// <param name="at">When it was assessed.</param>
    /// <param name="by">Who assessed it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not on <paramref name="scale"/>, or <paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="help"/> or <paramref name="moment"/> is undefined.</exception>
    public AutonomyAssessment(AutonomyScale scale, AutonomyLevel level, HelpMode help, AssessmentMoment moment, Instant at, Actor by)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (!scale.Contains(level))
        {
            throw new ArgumentException("The level is not on the scale it is assessed with (" + SituationCodes.LevelNotOnScale + ").", nameof(level));
        }

        Scale = scale;
        Level = level;
        Help = Guard.Defined(help);
        Moment = Guard.Defined(moment);
        At = at;
        By = Guard.Known(by);
    }

    /// <summary>Gets the scale assessed on.</summary>
    public AutonomyScale Scale { get; }

    /// <summary>Gets the level.</summary>
    public AutonomyLevel Level { get; }

    /// <summary>Gets the mode of help agreed for the next steps.</summary>
    public HelpMode Help { get; }

    /// <summary>Gets when in the intervention it was assessed.</summary>
    public AssessmentMoment Moment { get; }

    /// <summary>Gets when it was assessed.</summary>
    public Instant At { get; }

    /// <summary>Gets who assessed it.</summary>
    public Actor By { get; }

    /// <summary>Gets a value indicating whether this is the default value.</summary>
    public bool IsDefault => Scale is null;

    /// <summary>Gets the level's position on its scale as a fraction, from 0 (lowest level) to 1 (highest).</summary>
    public double Position => IsDefault ? 0 : (double)Scale.Levels.IndexOf(Level) / (Scale.Levels.Length - 1);

    /// <summary>Says whether autonomy rose since an earlier assessment on the same scale.</summary>
    /// <param name="earlier">The earlier assessment.</param>
    /// <returns><see langword="true"/> if the level is higher now.</returns>
    /// <exception cref="ArgumentException">Either assessment is the default value, or they are on different scales.</exception>
    public bool RoseSince(AutonomyAssessment earlier)
    {
        if (IsDefault || earlier.IsDefault || !ReferenceEquals(Scale, earlier.Scale) && Scale.Code != earlier.Scale.Code)
        {
            throw new ArgumentException("Two assessments compare on one scale.", nameof(earlier));
        }

        return Level.Rank > earlier.Level.Rank;
    }

    /// <summary>Returns the moment, the level and the mode of help.</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() => IsDefault ? "none" : Moment + ": " + Level + ", " + Help;
}

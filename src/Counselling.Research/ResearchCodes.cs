namespace Counselling.Research;

/// <summary>The stable codes of the research package's messages, for a UI to switch on.</summary>
public static class ResearchCodes
{
    /// <summary>A rate over a group of no one (<c>{trials}</c>).</summary>
    public const string TrialsNotPositive = "research.rate.trials-not-positive";

    /// <summary>A negative number of people with the outcome (<c>{successes}</c>).</summary>
    public const string SuccessesNegative = "research.rate.successes-negative";

    /// <summary>More people with the outcome than in the group (<c>{successes}</c>, <c>{trials}</c>).</summary>
    public const string SuccessesExceedTrials = "research.rate.successes-exceed-trials";

    /// <summary>A confidence level not strictly between 0 and 1 (<c>{level}</c>).</summary>
    public const string ConfidenceLevelOutOfRange = "research.confidence-level-out-of-range";

    /// <summary>A probability outside [0, 1] (<c>{probability}</c>).</summary>
    public const string ProbabilityOutOfRange = "research.probability-out-of-range";

    /// <summary>Degrees of freedom that are not positive (<c>{degreesOfFreedom}</c>).</summary>
    public const string DegreesOfFreedomNotPositive = "research.degrees-of-freedom-not-positive";

    /// <summary>No time to analyse.</summary>
    public const string NoObservations = "research.survival.no-observations";

    /// <summary>Times, event flags and groups of different lengths (<c>{times}</c>, <c>{events}</c>, <c>{groups}</c>).</summary>
    public const string LengthsDiffer = "research.survival.lengths-differ";

    /// <summary>A negative, infinite or NaN time (<c>{index}</c>, its position).</summary>
    public const string TimeInvalid = "research.survival.time-invalid";

    /// <summary>A log-rank test over fewer than two groups (<c>{groups}</c>).</summary>
    public const string FewerThanTwoGroups = "research.survival.fewer-than-two-groups";

    /// <summary>The text of the small-cell rule (<c>{threshold}</c>).</summary>
    public const string SmallCellRule = "research.disclosure.small-cell-rule";

    /// <summary>The text of the complementary suppression that protects suppressed counts from the totals.</summary>
    public const string ComplementaryRule = "research.disclosure.complementary-rule";

    /// <summary>What a count suppressed for being small shows (<c>{threshold}</c>).</summary>
    public const string SuppressedSmallCell = "research.disclosure.suppressed-small-cell";

    /// <summary>What a count suppressed to protect another shows.</summary>
    public const string SuppressedComplementary = "research.disclosure.suppressed-complementary";

    /// <summary>A small-cell threshold below 1 (<c>{threshold}</c>).</summary>
    public const string ThresholdNotPositive = "research.disclosure.threshold-not-positive";

    /// <summary>A negative count.</summary>
    public const string CountNegative = "research.disclosure.count-negative";

    /// <summary>A negative count in a table (<c>{row}</c>, <c>{column}</c>, counted from 1).</summary>
    public const string CellNegative = "research.disclosure.cell-negative";

    /// <summary>A table without cells.</summary>
    public const string TableEmpty = "research.disclosure.table-empty";

    /// <summary>A pseudonymisation key shorter than the minimum (<c>{minimum}</c>).</summary>
    public const string KeyTooShort = "research.pseudonym.key-too-short";

    /// <summary>An empty identifier to pseudonymise.</summary>
    public const string IdentifierEmpty = "research.pseudonym.identifier-empty";

    /// <summary>A pseudonym length outside the format's range (<c>{minimum}</c>, <c>{maximum}</c>, <c>{length}</c>).</summary>
    public const string PseudonymLengthOutOfRange = "research.pseudonym.length-out-of-range";
}

namespace Counselling.Research.Disclosure;

/// <summary>Why a count is not shown.</summary>
public enum SuppressionReason
{
    /// <summary>The count is shown.</summary>
    None = 0,

    /// <summary>The count is below the threshold: it could point to a few identifiable people.</summary>
    SmallCell = 1,

    /// <summary>The count is at or above the threshold, but hidden so that a small count cannot be worked out from a total.</summary>
    Complementary = 2,
}

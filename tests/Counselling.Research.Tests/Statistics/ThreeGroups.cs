namespace Counselling.Research.Tests.Statistics;

/// <summary>Thirty people in three groups (labelled 3, 1 and 2), with events and censorings tied at the same times.</summary>
internal static class ThreeGroups
{
    public static readonly double[] Times =
        [5, 5, 5, 8, 8, 12, 12, 12, 15, 20, 3, 5, 7, 7, 9, 12, 14, 14, 22, 25, 1, 2, 2, 4, 6, 6, 9, 11, 13, 13];

    public static readonly bool[] Events =
    [
        true, false, true, true, false, true, true, false, true, false,
        true, true, false, true, true, false, true, true, false, true,
        true, true, true, false, true, true, true, false, true, true,
    ];

    public static readonly int[] Groups = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
}

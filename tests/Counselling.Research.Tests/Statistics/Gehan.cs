namespace Counselling.Research.Tests.Statistics;

/// <summary>
/// Remission times in weeks of the 6-MP trial (Freireich et al., Blood 21, 699–716, 1963; the <c>gehan</c> data of
/// R's MASS package): 21 patients on 6-mercaptopurine (9 relapses, 12 censored) and 21 on placebo (all relapsed).
/// </summary>
internal static class Gehan
{
    public static readonly double[] DrugTimes = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];

    public static readonly bool[] DrugRelapsed =
        [true, true, true, false, true, false, true, false, false, true, true, false, false, false, true, true, false, false, false, false, false];

    public static readonly double[] PlaceboTimes = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23];

    public static readonly bool[] PlaceboRelapsed = [.. System.Linq.Enumerable.Repeat(true, 21)];

    public static double[] AllTimes => [.. DrugTimes, .. PlaceboTimes];

    public static bool[] AllRelapsed => [.. DrugRelapsed, .. PlaceboRelapsed];

    /// <summary>1 for 6-MP, 2 for placebo.</summary>
    public static int[] Arms => [.. System.Linq.Enumerable.Repeat(1, 21), .. System.Linq.Enumerable.Repeat(2, 21)];
}

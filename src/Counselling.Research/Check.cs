using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Counselling.Research;

/// <summary>Argument checks shared by the package's entry points; every refusal carries a code and a bilingual message.</summary>
internal static class Check
{
    public static KeyValuePair<string, object> Arg(string name, object value) => new(name, value);

    public static double ConfidenceLevel(double level, [CallerArgumentExpression(nameof(level))] string? name = null)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ResearchArgumentException(ResearchCodes.ConfidenceLevelOutOfRange, name, Arg("level", level));
        }

        return level;
    }

    public static void Rate(int successes, int trials, string successesName, string trialsName)
    {
        if (trials < 1)
        {
            throw new ResearchArgumentException(ResearchCodes.TrialsNotPositive, trialsName, Arg("trials", trials));
        }

        if (successes < 0)
        {
            throw new ResearchArgumentException(ResearchCodes.SuccessesNegative, successesName, Arg("successes", successes));
        }

        if (successes > trials)
        {
            throw new ResearchArgumentException(ResearchCodes.SuccessesExceedTrials, successesName, Arg("successes", successes), Arg("trials", trials));
        }
    }

    public static void Times(ReadOnlySpan<double> times, int events, int groups, string timesName)
    {
        if (times.Length != events || (groups >= 0 && groups != times.Length))
        {
            throw new ResearchArgumentException(
                ResearchCodes.LengthsDiffer, timesName, Arg("times", times.Length), Arg("events", events), Arg("groups", groups >= 0 ? groups : "–"));
        }

        if (times.IsEmpty)
        {
            throw new ResearchArgumentException(ResearchCodes.NoObservations, timesName);
        }

        for (var i = 0; i < times.Length; i++)
        {
            // NaN fails every comparison, so !(t >= 0) refuses it with the negatives; +∞ is refused too.
            if (!(times[i] >= 0) || double.IsPositiveInfinity(times[i]))
            {
                throw new ResearchArgumentException(ResearchCodes.TimeInvalid, timesName, Arg("index", i));
            }
        }
    }
}

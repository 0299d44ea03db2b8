using System;

namespace Counselling.Core.Evidence;

/// <summary>
/// Every link of a case record in one array: for the sessions, the actions, the objectives and the options, the index
/// of each fact's next observation (a part left out when every item of its list is observed once), then for each
/// objective the index of the first reading that reaches it. One array where there were five: one header and one
/// reference instead of five, and the links of a record on neighbouring cache lines.
/// </summary>
internal static class CaseRecordLinks
{
    /// <summary>The part holding the sessions' next observations.</summary>
    public const int Sessions = 1;

    /// <summary>The part holding the actions' next observations.</summary>
    public const int Actions = 2;

    /// <summary>The part holding the objectives' next observations.</summary>
    public const int Objectives = 4;

    /// <summary>The part holding the options' next observations.</summary>
    public const int Options = 8;

    /// <summary>The objectives' first reaching readings, always there, after the other parts.</summary>
    public const int Reach = 16;

    /// <summary>The parts, in their order in the array, followed by the objectives' first reaching readings (always there).</summary>
    private const int Parts = 4;

    /// <summary>Joins the links into one array, and says which parts it holds.</summary>
    /// <param name="lists">For each part in order, its links, or <see langword="null"/> when its items are each observed once.</param>
    /// <param name="reach">For each objective, the index of its first reaching reading, or -1.</param>
    /// <param name="parts">The parts held, as bits.</param>
    /// <returns>The array: the parts held, in order, then the reaching readings.</returns>
    public static int[] Join(ReadOnlySpan<int[]?> lists, int[] reach, out byte parts)
    {
        var length = reach.Length;
        var held = 0;
        for (var p = 0; p < Parts; p++)
        {
            if (lists[p] is { } list)
            {
                held |= 1 << p;
                length += list.Length;
            }
        }

        parts = (byte)held;
        if (length == 0)
        {
            return [];
        }

        var links = GC.AllocateUninitializedArray<int>(length);
        var at = 0;
        for (var p = 0; p < Parts; p++)
        {
            if (lists[p] is { } list)
            {
                list.CopyTo(links, at);
                at += list.Length;
            }
        }

        reach.CopyTo(links, at);
        return links;
    }
}

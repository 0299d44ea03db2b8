using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Benchmarks.Interventions;

/// <summary>Realistic stored histories for the benchmarks, recorded through the intent methods so that the validated rebuild accepts them.</summary>
internal static class InterventionHistories
{
    /// <summary>An intervention brought to the active phase: opening, intake, an intake session, diagnosis shared, an objective agreed with its benefit, activation (nine events).</summary>
    /// <param name="clock">Unused: the history is dated before any clock a benchmark sets.</param>
    /// <param name="by">Unused: the history records its own counsellor.</param>
    public static List<InterventionEvent> Active(IClock clock, Actor by) => [.. LongHistories.WithEvents(0).History];

    /// <summary>Twenty events: the active phase reached, then sessions planned and held, actions agreed and reviewed, evidence.</summary>
    /// <param name="clock">Unused: the history is dated before any clock a benchmark sets.</param>
    /// <param name="by">Unused: the history records its own counsellor.</param>
    public static List<InterventionEvent> Twenty(IClock clock, Actor by) => LongHistories.WithEvents(20).History.Take(20).ToList();
}

using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>A simple erasure for the store's tests: every session summary becomes a tombstone; the history keeps its shape.</summary>
internal static class Tombstones
{
    public const string Text = "[erased]";

    public static IReadOnlyList<InterventionEvent> ReplaceSessionSummaries(IReadOnlyList<InterventionEvent> history)
        => history.Select(e => e is SessionRecorded recorded
                ? recorded with { Outcomes = [.. recorded.Outcomes.Select(o => new SessionOutcome(o.Kind, Text))] }
                : e)
            .ToList();
}

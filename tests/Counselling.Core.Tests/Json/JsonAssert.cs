using Counselling.Core.Common;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>Shared options and the equality an aggregate rebuilt from stored JSON must meet.</summary>
internal static class JsonAssert
{
    /// <summary>The options every JSON test uses (created once: System.Text.Json caches contracts per options).</summary>
    public static readonly JsonSerializerOptions Options = CounsellingJson.CreateOptions(DateTimeZoneProviders.Tzdb);

    public static T RoundTrip<T>(T value, JsonSerializerOptions? options = null)
    {
        var json = JsonSerializer.Serialize(value, options ?? Options);
        return JsonSerializer.Deserialize<T>(json, options ?? Options)!;
    }

    /// <summary>Stores the history as JSON, reads it back and rebuilds the aggregate.</summary>
    public static Intervention Reload(Intervention intervention, IClock clock)
    {
        var json = JsonSerializer.Serialize(intervention.History, Options);
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, Options)!;
        return Intervention.FromHistory(events, new AgencyClock(clock, DateTimeZoneProviders.Tzdb, "UTC"));
    }

    public static void EqualAggregates(Intervention expected, Intervention actual)
    {
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.State, actual.State);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Programme, actual.Programme);
        Assert.Equal(expected.Hold, actual.Hold);
        Assert.Equal(expected.ClosureReason, actual.ClosureReason);
        Assert.Equal(expected.ClosedAt, actual.ClosedAt);
        Assert.Equal(expected.SessionsWithoutProgress, actual.SessionsWithoutProgress);
        Assert.Equal(expected.Sessions.Select(Describe), actual.Sessions.Select(Describe));
        Assert.Equal(expected.Objectives, actual.Objectives);
        Assert.Equal(expected.Benefits, actual.Benefits);
        Assert.Equal(expected.Barriers, actual.Barriers);
        Assert.Equal(expected.ActionPlan, actual.ActionPlan);
    }

    private static string Describe(Session s)
        => $"{s.Id}/{s.Status}/{s.HeldAt}/{s.PlannedStart}/{s.Progress}/{string.Join(";", s.Outcomes.Select(o => o.Kind + ":" + o.Summary))}";
}

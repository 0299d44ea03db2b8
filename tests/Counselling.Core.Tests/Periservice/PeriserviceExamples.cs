using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Periservice;
using NodaTime;

namespace Counselling.Core.Tests.Periservice;

/// <summary>Shared ids, schedulers and anchors of the periservice tests.</summary>
internal static class PeriserviceExamples
{
    public static readonly InterventionId Intervention = new(PeriserviceArbitraries.GuidOf(42, 1));
    public static readonly Guid Group = PeriserviceArbitraries.GuidOf(7, 3);
    public static readonly SessionId First = new(PeriserviceArbitraries.GuidOf(1, 2));
    public static readonly SessionId Second = new(PeriserviceArbitraries.GuidOf(2, 2));
    public static readonly SessionId Third = new(PeriserviceArbitraries.GuidOf(3, 2));

    /// <summary>A window open all day, every day: only the time rules act.</summary>
    public static readonly SendingWindow AllDay = new(LocalTime.Midnight, new LocalTime(23, 59));

    public static PeriserviceScheduler Scheduler(SendingWindow? window = null, PeriservicePolicy? policy = null)
        => new(policy ?? PeriservicePolicy.Default, window ?? SendingWindow.Default, DateTimeZoneProviders.Tzdb);

    public static ServiceAnchors Anchors(
        string zone,
        SessionAnchor[]? sessions = null,
        GroupAnchor? group = null,
        Instant? closedAt = null,
        ContactPreferences? contact = null,
        InterventionId? intervention = null)
        => new(intervention ?? Intervention, zone, contact ?? ContactPreferences.Digital, sessions ?? [], group, closedAt);

    public static PeriserviceRule Rule(string key, TouchpointAnchor anchor, TouchpointOffset offset, LocalTime at, TouchpointChannel channel = TouchpointChannel.Email, TouchpointKind kind = TouchpointKind.Other)
        => new(key, anchor, offset, at, kind, "content." + key, channel);

    public static PeriservicePolicy Policy(params PeriserviceRule[] rules) => new(rules);

    public static Touchpoint Only(TouchpointSchedule schedule, string ruleKey) => schedule.Single(t => t.Id.RuleKey == ruleKey);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// The rules that place touchpoints before, between and after a service. <see cref="Default"/> is the practice's own
/// policy; an agency builds its own from <see cref="PeriserviceRule"/>s, or from the default's rules.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PeriservicePolicy
{
    /// <summary>Initializes a new policy.</summary>
    /// <param name="rules">The rules; at least one, with distinct keys.</param>
    /// <exception cref="ActionRefusedException">There is no rule (<c>periservice.policy-empty</c>), or two rules share a key (<c>periservice.policy-duplicate-rule</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>, or holds a <see langword="null"/> rule.</exception>
    public PeriservicePolicy(IEnumerable<PeriserviceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<PeriserviceRule>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (!keys.Add(rule.Key))
            {
                throw PeriserviceRefusal.Refuse("DefinePolicy", PeriserviceRefusal.DuplicateRule, new ReasonArgument("rule", rule.Key));
            }

            builder.Add(rule);
        }

        if (builder.Count == 0)
        {
            throw PeriserviceRefusal.Refuse("DefinePolicy", PeriserviceRefusal.PolicyEmpty);
        }

        Rules = builder.ToImmutable();
    }

    /// <summary>Gets the rules, in the order given.</summary>
    public ImmutableArray<PeriserviceRule> Rules { get; }

    /// <summary>
    /// Gets the practice's default policy. Before a group starts: "you are expected" 14 days before, "it starts on this
    /// day, hour and place" 7 days before, "it starts tomorrow, with directions" the day before. A reminder the day
    /// before each session. After the first session, an individualised exercise due before the next one; after the
    /// group's first meeting, an invitation to share a small surprise with a peer. A satisfaction survey 7 days after
    /// closure; follow-ups 3, 6 and 12 months after closure asking about employment or training and the elements of a
    /// decent job. Countdowns and surveys go at 10:00, reminders at 17:00, local to the client.
    /// </summary>
    public static PeriservicePolicy Default { get; } = new(DefaultRules());

    private static IEnumerable<PeriserviceRule> DefaultRules()
    {
        var morning = new LocalTime(10, 0);
        var evening = new LocalTime(17, 0);
        yield return new("group.expected", TouchpointAnchor.GroupStart, TouchpointOffset.Before(14, OffsetUnit.Days), morning,
            TouchpointKind.GroupExpected, "periservice.content.group-expected", TouchpointChannel.Email);
        yield return new("group.start-details", TouchpointAnchor.GroupStart, TouchpointOffset.Before(7, OffsetUnit.Days), morning,
            TouchpointKind.GroupStartDetails, "periservice.content.group-start-details", TouchpointChannel.Email,
            [new("include", "day,hour,place")]);
        yield return new("group.starts-tomorrow", TouchpointAnchor.GroupStart, TouchpointOffset.Before(1, OffsetUnit.Days), morning,
            TouchpointKind.GroupStartsTomorrow, "periservice.content.group-starts-tomorrow", TouchpointChannel.Sms,
            [new("include", "directions")]);
        yield return new("group.peer-surprise", TouchpointAnchor.GroupStart, TouchpointOffset.After(1, OffsetUnit.Days), morning,
            TouchpointKind.PeerSurprise, "periservice.content.peer-surprise", TouchpointChannel.Email);
        yield return new("session.reminder", TouchpointAnchor.EachSession, TouchpointOffset.Before(1, OffsetUnit.Days), evening,
            TouchpointKind.SessionReminder, "periservice.content.session-reminder", TouchpointChannel.Sms);
        yield return new("first-session.exercise", TouchpointAnchor.FirstSession, TouchpointOffset.After(1, OffsetUnit.Days), morning,
            TouchpointKind.Exercise, "periservice.content.exercise", TouchpointChannel.Email,
            [new("individualised", "true")], dueBeforeNextSession: true);
        yield return new("closure.satisfaction", TouchpointAnchor.Closure, TouchpointOffset.After(7, OffsetUnit.Days), morning,
            TouchpointKind.Satisfaction, "periservice.content.satisfaction", TouchpointChannel.Email,
            [new("questions", "satisfaction,would-come-back,would-recommend")]);
        foreach (var months in new[] { 3, 6, 12 })
        {
            yield return new(
                "closure.follow-up-" + months.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m",
                TouchpointAnchor.Closure, TouchpointOffset.After(months, OffsetUnit.Months), morning,
                TouchpointKind.FollowUp, "periservice.content.follow-up", TouchpointChannel.Email,
                [new("questions", "activity,meets-expectations,contract,weekly-hours,earnings,social-protection")]);
        }
    }
}

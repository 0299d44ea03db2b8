using System.Collections.Generic;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// One truth between the aggregate and its case record: what the intent methods accept, the record reads. The facts a
/// record would refuse (a follow-up before the closure, a reading of an objective it cannot measure, an option open
/// again after it was resolved) are refused when they are recorded, each with its coded reason.
/// </content>
public sealed partial class Intervention
{
    // Per option label: the earliest instant it is known resolved and the latest instant it is known open, so a new
    // observation is checked in O(1) against every earlier one, in the order the case record sorts them (by known instant).
    private readonly Dictionary<string, OptionSpan> _optionSpans = new(System.StringComparer.Ordinal);

    /// <summary>Whether an agreed objective enters the case record: an indicator with a target beyond its baseline in its direction, and a deadline.</summary>
    internal static bool IsMeasurable(SmartObjective objective)
        => objective is { Indicator: { Target: { } target } indicator, Deadline: not null }
           && System.Enum.IsDefined(indicator.Direction)
           && (indicator.Direction == IndicatorDirection.Increase ? target > (indicator.Baseline ?? 0m) : target < (indicator.Baseline ?? 0m));

    /// <summary>Whether an observation of an option fits those recorded: once resolved, an option never opens again.</summary>
    internal bool OptionFits(OptionFact option)
    {
        if (option.IsDefault || !_optionSpans.TryGetValue(option.Label, out var span))
        {
            return true;
        }

        return !OptionStatuses.IsResolved(option.Status)
            ? span.FirstResolved is not { } resolved || option.KnownAt < resolved
            : span.LastOpen is not { } open || open <= option.KnownAt;
    }

    /// <summary>Adds what the one-truth rules judge of a piece of evidence to its action's context.</summary>
    private static EvidenceInput Described(EvidenceInput context, EvidenceRecorded evt) => evt switch
    {
        SituationRecorded { Fact.IsFollowUp: true } => context with { IsFollowUp = true },
        OptionRecorded option => context with { Option = option.Fact },
        _ => context,
    };

    private void TrackOption(OptionFact option)
    {
        if (!OptionStatuses.IsResolved(option.Status))
        {
            TrackOpen(option.Label, option.KnownAt);
            return;
        }

        _optionSpans.TryGetValue(option.Label, out var span);
        _optionSpans[option.Label] = span with { FirstResolved = span.FirstResolved is { } r && r < option.KnownAt ? r : option.KnownAt };
    }

    /// <summary>An option is known open at an instant: added to the plan, explored, pursued or waiting for a decision.</summary>
    private void TrackOpen(string label, Instant knownAt)
    {
        _optionSpans.TryGetValue(label, out var span);
        _optionSpans[label] = span with { LastOpen = span.LastOpen is { } p && p > knownAt ? p : knownAt };
    }

    private readonly record struct OptionSpan(Instant? FirstResolved, Instant? LastOpen);
}

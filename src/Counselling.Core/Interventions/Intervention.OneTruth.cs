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
    // An intervention has few options: their spans are searched in a short array, indexed by label past a few of them.
    private const int OptionSpanScanLimit = 8;
    private OptionSpan[] _optionSpans = [];
    private int _optionSpanCount;
    private Dictionary<string, int>? _optionSpanIndex;

    /// <summary>Whether an agreed objective enters the case record: an indicator with a target beyond its baseline in its direction, and a deadline.</summary>
    internal static bool IsMeasurable(SmartObjective objective)
        => objective is { Indicator: { Target: { } target } indicator, Deadline: not null }
           && System.Enum.IsDefined(indicator.Direction)
           && (indicator.Direction == IndicatorDirection.Increase ? target > (indicator.Baseline ?? 0m) : target < (indicator.Baseline ?? 0m));

    /// <summary>Whether an observation of an option fits those recorded: once resolved, an option never opens again.</summary>
    internal bool OptionFits(OptionFact option)
    {
        if (option.IsDefault || OptionSpanIndex(option.Label) is not (var i and >= 0))
        {
            return true;
        }

        var span = _optionSpans[i];
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

        ref var span = ref OptionSpanOf(option.Label);
        span = span with { FirstResolved = span.FirstResolved is { } r && r < option.KnownAt ? r : option.KnownAt };
    }

    /// <summary>An option is known open at an instant: added to the plan, explored, pursued or waiting for a decision.</summary>
    private void TrackOpen(string label, Instant knownAt)
    {
        ref var span = ref OptionSpanOf(label);
        span = span with { LastOpen = span.LastOpen is { } p && p > knownAt ? p : knownAt };
    }

    private int OptionSpanIndex(string label)
    {
        if (_optionSpanIndex is not null)
        {
            return _optionSpanIndex.TryGetValue(label, out var found) ? found : -1;
        }

        for (var i = 0; i < _optionSpanCount; i++)
        {
            if (string.Equals(_optionSpans[i].Label, label, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The span of an option label, made empty on its first observation.</summary>
    private ref OptionSpan OptionSpanOf(string label)
    {
        var i = OptionSpanIndex(label);
        if (i < 0)
        {
            if (_optionSpanCount == _optionSpans.Length)
            {
                System.Array.Resize(ref _optionSpans, System.Math.Max(2, _optionSpanCount * 2));
            }

            i = _optionSpanCount++;
            _optionSpans[i] = new OptionSpan(label, null, null);
            if (_optionSpanIndex is not null)
            {
                _optionSpanIndex.Add(label, i);
            }
            else if (_optionSpanCount > OptionSpanScanLimit)
            {
                _optionSpanIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
                for (var j = 0; j < _optionSpanCount; j++)
                {
                    _optionSpanIndex.Add(_optionSpans[j].Label, j);
                }
            }
        }

        return ref _optionSpans[i];
    }

    private readonly record struct OptionSpan(string Label, Instant? FirstResolved, Instant? LastOpen);
}

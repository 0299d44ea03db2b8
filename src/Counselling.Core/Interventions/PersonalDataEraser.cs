using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;

namespace Counselling.Core.Interventions;

/// <summary>
/// Erases a client's personal data from a history while keeping the anonymous figures: every text marked
/// <see cref="PersonalDataAttribute"/> becomes <see cref="Tombstone"/>, and nothing else changes (the same events in the
/// same order, with the same positions, instants, identifiers, actors, codes, dates, numbers and statuses).
/// </summary>
/// <remarks>
/// <para>The erased history still rebuilds with <see cref="Intervention.FromHistory"/>: the tombstone fits every text
/// limit and shows something, so an erased concrete outcome still counts as concrete. A text that shows nothing (empty
/// or blank) holds nothing personal and stays as it is, so a SMART objective reads letter by letter exactly as before.
/// The evaluation of the erased history (its case record and every verdict) is the same as before.</para>
/// <para>Pure: no I/O, thread-safe. A store calls it on each stored history of the client and rewrites the rows (the
/// EF Core store's <c>EraseClientAsync</c> does).</para>
/// </remarks>
public static class PersonalDataEraser
{
    /// <summary>The text that replaces an erased personal text: <c>[erased]</c>.</summary>
    public const string Tombstone = "[erased]";

    /// <summary>Returns the history with every personal text replaced by <see cref="Tombstone"/>.</summary>
    /// <param name="history">The events, in order.</param>
    /// <returns>The erased events, one for each given, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> holds <see langword="null"/>.</exception>
    public static IReadOnlyList<InterventionEvent> Erase(IEnumerable<InterventionEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var erased = new List<InterventionEvent>();
        foreach (var evt in history)
        {
            erased.Add(Erase(evt ?? throw new ArgumentException("The history must not contain null.", nameof(history))));
        }

        return erased;
    }

    private static InterventionEvent Erase(InterventionEvent evt) => evt switch
    {
        SessionRecorded recorded when !recorded.Outcomes.IsDefaultOrEmpty
            => recorded with { Outcomes = [.. recorded.Outcomes.Select(o => o.IsDefault ? o : new SessionOutcome(o.Kind, Text(o.Summary)))] },
        ObjectiveProposed proposed when proposed.Objective is not null => proposed with { Objective = Erase(proposed.Objective) },
        ObjectiveRevised revised when revised.Objective is not null => revised with { Objective = Erase(revised.Objective) },
        DesiredBenefitAdded added when added.Benefit is not null
            => added with { Benefit = new DesiredBenefit(added.Benefit.Id, Text(added.Benefit.WhatMatters)) { KeepsActing = Text(added.Benefit.KeepsActing), Objectives = added.Benefit.Objectives } },
        BarrierIdentified identified when identified.Barrier is not null
            => identified with { Barrier = identified.Barrier with { Description = Text(identified.Barrier.Description), TiedToValue = Text(identified.Barrier.TiedToValue) } },
        PlanActionAgreed agreed when agreed.Action is { Status: PlanActionStatus.Agreed, IsReviewed: false } action
            => agreed with { Action = new PlanAction(action.Id, Text(action.What), action.Owner, action.AgreedAt) { Due = action.Due, Objective = action.Objective, Agreement = action.Agreement } },
        DiagnosisShared { Agreement: { } agreement } shared
            => shared with { Agreement = new DiagnosisAgreement(Text(agreement.ClientView)!, Text(agreement.CounsellorView)!, Text(agreement.Agreed)!, agreement.Client) },
        AspirationRecorded { Aspiration: { } aspiration } recorded
            => recorded with { Aspiration = new Aspiration(Text(aspiration.What)!, aspiration.ExpressedBy) { Session = aspiration.Session } },
        DecisionAwaited awaited => awaited with { Label = Text(awaited.Label) },
        _ => evt,
    };

    private static SmartObjective Erase(SmartObjective objective) => objective with
    {
        What = Text(objective.What),
        Steps = Texts(objective.Steps),
        Resources = Texts(objective.Resources),
        Realism = Text(objective.Realism),
        Indicator = objective.Indicator is { } indicator ? indicator with { Measure = Text(indicator.Measure), Unit = Text(indicator.Unit) } : null,
    };

    private static ImmutableArray<string> Texts(ImmutableArray<string> texts) => [.. texts.Select(t => Text(t))];

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Text(string? text) => text is null || Bounds.ShowsNothing(text) ? text : Tombstone;
}

using Counselling.Core.Evidence;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq.Expressions;

using Counselling.Core.Common;
using FluentValidation;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// The FluentValidation rules of a SMART objective, built once for the process (<see cref="Instance"/>) and reused by
/// every <see cref="SmartObjectiveValidator"/> and every intervention: everything a call needs beyond the objective (today,
/// the zone, the programme's window) travels in its <see cref="SmartScope"/>.
/// Each rule has a stable code (<see cref="ObjectiveCodes"/>), a <see cref="Reason"/> as custom state, and a message
/// written from that reason by the scope's <see cref="MessageCatalog"/> in the UI culture: the same path as every other
/// message of the library, host translations included.
/// </summary>
internal sealed class SmartObjectiveRules : AbstractValidator<SmartObjective>
{
    private const string MessageArgument = "CounsellingMessage";

    /// <summary>Each rule's predicate, in the order of the rules: one definition for the validator and <see cref="AllHold"/>.</summary>
    private readonly List<Func<SmartObjective, SmartScope, bool>> _predicates = [];

    private SmartObjectiveRules()
    {
        // Every rule runs whatever the host set in ValidatorOptions.Global: the reading is letter by letter, complete.
        ClassLevelCascadeMode = CascadeMode.Continue;
        RuleLevelCascadeMode = CascadeMode.Continue;

        // S: what, by whom.
        Rule(o => o.What, "What", ObjectiveCodes.WhatMissing, (o, _) => !string.IsNullOrWhiteSpace(o.What));
        Rule(o => o.ByWhom, "ByWhom", ObjectiveCodes.ByWhomMissing, (o, _) => !o.ByWhom.IsDefault);

        // M: an indicator with a measure, a unit and a target that moves the right way from the baseline.
        Rule(o => o.Indicator, "Indicator", ObjectiveCodes.NoIndicator, (o, _) => o.Indicator is not null);
        Rule(o => o.Indicator, "Indicator.Measure", ObjectiveCodes.NoMeasure, (o, _) => o.Indicator is null || !string.IsNullOrWhiteSpace(o.Indicator.Measure));
        Rule(o => o.Indicator, "Indicator.Unit", ObjectiveCodes.NoUnit, (o, _) => o.Indicator is null || !string.IsNullOrWhiteSpace(o.Indicator.Unit));
        Rule(o => o.Indicator, "Indicator.Target", ObjectiveCodes.NoTarget, (o, _) => o.Indicator is null || o.Indicator.Target.HasValue);
        Rule(
            o => o.Indicator,
            "Indicator.Target",
            ObjectiveCodes.NegativeTarget,
            (o, _) => o.Indicator?.Target is not { } target || target >= 0m,
            (o, _) => [new("target", o.Indicator!.Target!.Value)]);
        Rule(
            o => o.Indicator,
            "Indicator.Baseline",
            ObjectiveCodes.NegativeBaseline,
            (o, _) => o.Indicator?.Baseline is not { } baseline || baseline >= 0m,
            (o, _) => [new("baseline", o.Indicator!.Baseline!.Value)]);
        Rule(
            o => o.Indicator,
            "Indicator.Target",
            ObjectiveCodes.TargetNotBeyondBaseline,
            (o, _) => TargetMovesTheRightWay(o.Indicator),
            (o, _) => [new("target", o.Indicator!.Target!.Value), new("baseline", o.Indicator.Baseline!.Value), new("direction", o.Indicator.Direction)]);

        // A: at least one step, none blank.
        Rule(o => o.Steps, "Steps", ObjectiveCodes.NoSteps, (o, _) => !o.Steps.IsEmpty);
        Rule(
            o => o.Steps,
            "Steps",
            ObjectiveCodes.BlankStep,
            (o, _) => FirstBlank(o) < 0,
            (o, _) => [new("position", FirstBlank(o) + 1)]);

        // R: why it fits the client's situation; within the programme's time limit.
        Rule(o => o.Realism, "Realism", ObjectiveCodes.NoRealism, (o, _) => !string.IsNullOrWhiteSpace(o.Realism));
        Rule(
            o => o.Deadline,
            "Deadline",
            ObjectiveCodes.BeyondProgrammeLimit,
            (o, s) => o.Deadline is not { } deadline || s.Window.End is not { } end || deadline <= end,
            (o, s) => [new("deadline", o.Deadline!.Value), new("end", s.Window.End!.Value)]);

        // T: a deadline, not in the past, after the day the client agreed.
        Rule(o => o.Deadline, "Deadline", ObjectiveCodes.NoDeadline, (o, _) => o.Deadline.HasValue);
        Rule(
            o => o.Deadline,
            "Deadline",
            ObjectiveCodes.DeadlinePast,
            (o, s) => o.Deadline is not { } deadline || deadline >= s.Today,
            (o, s) => [new("deadline", o.Deadline!.Value), new("today", s.Today)]);
        Rule(
            o => o.Deadline,
            "Deadline",
            ObjectiveCodes.DeadlineNotAfterAgreement,
            (o, s) => o.Deadline is not { } deadline || o.Agreement is null || deadline > AgreedOn(o.Agreement, s),
            (o, s) => [new("deadline", o.Deadline!.Value), new("agreed", AgreedOn(o.Agreement!, s))]);
    }

    /// <summary>Gets the rules, built once: immutable and thread-safe once built.</summary>
    public static SmartObjectiveRules Instance { get; } = new();

    /// <summary>
    /// Whether every rule holds: the same predicates the FluentValidation rules apply, read without building a context or
    /// a result, for the aggregate's yes-or-no questions. A failure is explained by <c>Validate</c>, which applies them too.
    /// </summary>
    public bool AllHold(SmartObjective objective, SmartScope scope)
    {
        foreach (var holds in _predicates)
        {
            if (!holds(objective, scope))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether every rule holds, read straight from the objective in the rules' order, with no scope or delegate: what
    /// <see cref="AllHold"/> answers for the same objective, window, day and zone.
    /// </summary>
    public static bool HoldsDirectly(SmartObjective objective, ProgrammeWindow window, LocalDate today, DateTimeZone zone)
    {
        // S: what, by whom.
        if (string.IsNullOrWhiteSpace(objective.What) || objective.ByWhom.IsDefault)
        {
            return false;
        }

        // M: an indicator with a measure, a unit and a target that moves the right way from the baseline.
        var indicator = objective.Indicator;
        if (indicator is null || string.IsNullOrWhiteSpace(indicator.Measure) || string.IsNullOrWhiteSpace(indicator.Unit)
            || indicator.Target is not { } target || target < 0m || indicator.Baseline is < 0m || !TargetMovesTheRightWay(indicator))
        {
            return false;
        }

        // A: at least one step, none blank.
        if (objective.Steps.IsEmpty || FirstBlank(objective) >= 0)
        {
            return false;
        }

        // R: why it fits the client's situation; within the programme's time limit. T: a deadline, not in the past, after
        // the day the client agreed.
        if (string.IsNullOrWhiteSpace(objective.Realism) || objective.Deadline is not { } deadline)
        {
            return false;
        }

        return (window.End is not { } end || deadline <= end)
               && deadline >= today
               && (objective.Agreement is null || deadline > AgencyDates.DateOf(objective.Agreement.At, zone));
    }

    private static LocalDate AgreedOn(ObjectiveAgreement agreement, SmartScope scope)
        => AgencyDates.DateOf(agreement.At, scope.Zone);

    private static bool TargetMovesTheRightWay(Indicator? indicator)
        => indicator is not { Baseline: { } baseline, Target: { } target }
           || (indicator.Direction == IndicatorDirection.Increase ? target > baseline : target < baseline);

    private static int FirstBlank(SmartObjective objective)
    {
        var steps = objective.Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(steps[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void Rule<TProperty>(
        Expression<Func<SmartObjective, TProperty>> property,
        string propertyName,
        string code,
        Func<SmartObjective, SmartScope, bool> holds,
        Func<SmartObjective, SmartScope, ReasonArgument[]>? arguments = null)
    {
        _predicates.Add(holds);
        RuleFor(property)
            .Must((objective, _, context) => holds(objective, SmartScope.Of(context)) || Fail(objective, context, code, arguments))
            .WithErrorCode(code)
            .OverridePropertyName(propertyName)
            .WithMessage("{" + MessageArgument + "}")
            .WithState((objective, _, context) => arguments is null ? new Reason(code) : new Reason(code, arguments(objective, SmartScope.Of(context))));
    }

    /// <summary>On a failure, gives FluentValidation the message the scope's catalogue writes, in the UI culture.</summary>
    private static bool Fail(
        SmartObjective objective,
        ValidationContext<SmartObjective> context,
        string code,
        Func<SmartObjective, SmartScope, ReasonArgument[]>? arguments)
    {
        var reason = arguments is null ? new Reason(code) : new Reason(code, arguments(objective, SmartScope.Of(context)));
        context.MessageFormatter.AppendArgument(MessageArgument, SmartScope.Of(context).Messages.Format(reason, CultureInfo.CurrentUICulture));
        return false;
    }
}

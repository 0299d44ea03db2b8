using System;
using System.Collections.Generic;

using Counselling.Core.Common;
using FluentValidation;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// Reads a <see cref="SmartObjective"/> letter by letter with FluentValidation rules built once for the process and
/// reused. A validator only holds the clock and the zone: build one per host (a singleton in DI) and call
/// <see cref="Validate(SmartObjective, ProgrammeWindow)"/> from any thread.
/// </summary>
/// <remarks>
/// <para>What is the same for every call comes through the constructor: the clock and the agency's time zone (today's
/// date, the day an agreement was given). What differs from one intervention to the next comes with each call: the
/// programme's window (its start and time limit), carried to the rules in FluentValidation's
/// <c>RootContextData</c>. So one validator serves every programme of an agency.</para>
/// <para>Messages follow <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> (fr-FR, fr-CA and fr-BE get
/// French, other cultures English), with dates and numbers formatted for that culture; every failure is also a
/// <see cref="Reason"/> to describe later in any culture. <c>ValidatorOptions.Global</c> is never touched.</para>
/// </remarks>
public sealed class SmartObjectiveValidator
{
    private readonly IClock _clock;

    /// <summary>Initializes a new validator.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="zone">The agency's time zone, in which deadlines and agreement days are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="zone"/> is <see langword="null"/>.</exception>
    public SmartObjectiveValidator(IClock clock, DateTimeZone zone)
    {
        _clock = Guard.NotNull(clock);
        Zone = Guard.NotNull(zone);
    }

    /// <summary>Gets the agency's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets today's date in the agency's zone, as the clock says.</summary>
    public LocalDate Today => AgencyDates.DateOf(_clock.GetCurrentInstant(), Zone);

    /// <summary>Reads an objective without a programme time limit.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The reading, letter by letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    public SmartValidationResult Validate(SmartObjective objective) => Validate(objective, ProgrammeWindow.Unlimited);

    /// <summary>Reads an objective within a programme's window.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="window">The programme's window: its deadline must fall on or before the window's end.</param>
    /// <returns>The reading, letter by letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    public SmartValidationResult Validate(SmartObjective objective, ProgrammeWindow window)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return Check(objective, window, Today, Zone);
    }

    /// <summary>Gets the day an agreement was given, in the agency's zone.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    public LocalDate AgreedOn(ObjectiveAgreement agreement) => AgencyDates.DateOf(Guard.NotNull(agreement).At, Zone);

    /// <summary>Reads an objective as of a day in a zone, with the rules shared by the whole process.</summary>
    internal static SmartValidationResult Check(SmartObjective objective, ProgrammeWindow window, LocalDate today, DateTimeZone zone)
    {
        var context = new ValidationContext<SmartObjective>(objective);
        context.RootContextData[SmartScope.Key] = new SmartScope(today, zone, window);
        var errors = SmartObjectiveRules.Instance.Validate(context).Errors;
        if (errors.Count == 0)
        {
            return SmartValidationResult.From(objective.Id, []);
        }

        var failures = new List<SmartFailure>(errors.Count);
        foreach (var error in errors)
        {
            var reason = (Reason)error.CustomState;
            failures.Add(new SmartFailure(SmartFailure.LetterOf(reason.Code), error.PropertyName, error.ErrorMessage, reason));
        }

        return SmartValidationResult.From(objective.Id, failures);
    }
}

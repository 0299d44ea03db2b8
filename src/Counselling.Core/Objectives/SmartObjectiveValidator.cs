using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using Counselling.Core.Common;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// Reads a <see cref="SmartObjective"/> letter by letter with FluentValidation rules built once for the process and
/// reused. A validator only holds the clock, the zone and the message catalogue: build one per host (a singleton in
/// DI) and call <see cref="Validate(SmartObjective, ProgrammeWindow)"/> from any thread.
/// </summary>
/// <remarks>
/// <para>What is the same for every call comes through the constructor: the clock and the agency's time zone (today's
/// date, the day an agreement was given) and the <see cref="MessageCatalog"/> that writes the failures. What differs
/// from one intervention to the next comes with each call: the programme's window (its start and time limit). So one
/// validator serves every programme of an agency.</para>
/// <para>It is also an <see cref="IValidator{T}"/> of <see cref="SmartObjective"/>, to compose in a FluentValidation
/// pipeline (<c>RuleFor(x =&gt; x.Objective).SetValidator(smart)</c>): the failures then carry the code as
/// <see cref="ValidationFailure.ErrorCode"/>, the <see cref="Reason"/> as <see cref="ValidationFailure.CustomState"/>
/// and the catalogue's message. A programme's window travels in the context's root data under
/// <see cref="ProgrammeWindowKey"/>; without it the window is unlimited.</para>
/// <para>Messages follow <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> through the catalogue (French
/// for fr-FR, fr-BE and fr-CA with their regional words, English otherwise, and any language the host added), with
/// dates and numbers written for that culture. <c>ValidatorOptions.Global</c> is never touched.</para>
/// </remarks>
public sealed class SmartObjectiveValidator : IValidator<SmartObjective>
{
    /// <summary>The key under which a FluentValidation context's root data may carry the <see cref="ProgrammeWindow"/> of a call.</summary>
    public const string ProgrammeWindowKey = "Counselling.Core.Objectives.ProgrammeWindow";

    private readonly IClock _clock;

    /// <summary>Initializes a new validator that writes its messages with <see cref="MessageCatalog.Default"/>.</summary>
    /// <param name="agency">The agency's clock, which says what today is, and its zone, in which deadlines and agreement days are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is <see langword="null"/>.</exception>
    public SmartObjectiveValidator(AgencyClock agency)
        : this(agency, MessageCatalog.Default)
    {
    }

    /// <summary>Initializes a new validator that writes its messages with the host's catalogue.</summary>
    /// <param name="agency">The agency's clock, which says what today is, and its zone, in which deadlines and agreement days are read.</param>
    /// <param name="messages">The catalogue, with the host's own wording and languages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SmartObjectiveValidator(AgencyClock agency, MessageCatalog messages)
    {
        Guard.NotNull(agency);
        _clock = agency.Clock;
        Zone = agency.Zone;
        Messages = Guard.NotNull(messages);
    }

    /// <summary>Gets the agency's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the catalogue that writes the failures.</summary>
    public MessageCatalog Messages { get; }

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
        return Check(objective, window, Today, Zone, Messages);
    }

    /// <summary>Gets the day an agreement was given, in the agency's zone.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    internal LocalDate AgreedOn(ObjectiveAgreement agreement) => AgencyDates.DateOf(Guard.NotNull(agreement).At, Zone);

    /// <inheritdoc />
    ValidationResult IValidator<SmartObjective>.Validate(SmartObjective instance)
        => Run(new ValidationContext<SmartObjective>(Guard.NotNull(instance)));

    /// <inheritdoc />
    Task<ValidationResult> IValidator<SmartObjective>.ValidateAsync(SmartObjective instance, CancellationToken cancellation)
        => Task.FromResult(((IValidator<SmartObjective>)this).Validate(instance));

    /// <inheritdoc />
    ValidationResult IValidator.Validate(IValidationContext context)
        => Run(ValidationContext<SmartObjective>.GetFromNonGenericContext(Guard.NotNull(context)));

    /// <inheritdoc />
    Task<ValidationResult> IValidator.ValidateAsync(IValidationContext context, CancellationToken cancellation)
        => Task.FromResult(((IValidator)this).Validate(context));

    /// <inheritdoc />
    IValidatorDescriptor IValidator.CreateDescriptor() => SmartObjectiveRules.Instance.CreateDescriptor();

    /// <inheritdoc />
    bool IValidator.CanValidateInstancesOfType(Type type) => typeof(SmartObjective).IsAssignableFrom(type);

    /// <summary>Reads an objective as of a day in a zone, with the rules shared by the whole process and the built-in catalogue.</summary>
    internal static SmartValidationResult Check(SmartObjective objective, ProgrammeWindow window, LocalDate today, DateTimeZone zone)
        => Check(objective, window, today, zone, MessageCatalog.Default);

    /// <summary>Reads an objective as of a day in a zone, with the rules shared by the whole process.</summary>
    internal static SmartValidationResult Check(SmartObjective objective, ProgrammeWindow window, LocalDate today, DateTimeZone zone, MessageCatalog messages)
    {
        var context = new ValidationContext<SmartObjective>(objective);
        context.RootContextData[SmartScope.Key] = new SmartScope(today, zone, window, messages);
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

    /// <summary>Whether an objective passes every letter as of a day in a zone: the same rules, without a result or messages.</summary>
    internal static bool Holds(SmartObjective objective, ProgrammeWindow window, LocalDate today, DateTimeZone zone)
        => SmartObjectiveRules.HoldsDirectly(objective, window, today, zone);

    /// <summary>The same answer as <see cref="Holds"/>, read through the validator's own predicates (what a test compares it with).</summary>
    internal static bool HoldsByPredicates(SmartObjective objective, ProgrammeWindow window, LocalDate today, DateTimeZone zone)
        => SmartObjectiveRules.Instance.AllHold(objective, new SmartScope(today, zone, window, MessageCatalog.Default));

    private ValidationResult Run(ValidationContext<SmartObjective> context)
    {
        var window = context.RootContextData.TryGetValue(ProgrammeWindowKey, out var given) && given is ProgrammeWindow w ? w : ProgrammeWindow.Unlimited;
        context.RootContextData[SmartScope.Key] = new SmartScope(Today, Zone, window, Messages);
        return SmartObjectiveRules.Instance.Validate(context);
    }
}

using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Occupations;

namespace Counselling.Core.Interventions;

/// <content>
/// The options of the plan, plan A and plan B: added while exploring (<see cref="AddOption"/>), their status then moved by
/// the option evidence (<see cref="RecordOption(OptionFact, Actor)"/>: pursued, waiting for a decision expected on a date, achieved,
/// failed, abandoned). The case record reads both, so the evaluation sees the options the intervention lists.
/// </content>
public sealed partial class Intervention
{
    private readonly List<PlanOption> _options = [];

    // Whether the options were handed out (through Options or FindOption): until then, a new status is given to an option
    // in place, since nobody else holds it; from then on, it makes a new option, so what was handed out never changes.
    private bool _optionsShared;

    /// <summary>Gets the options of the plan, in the order they were added, each with its current status.</summary>
    public IReadOnlyList<PlanOption> Options
    {
        get
        {
            _optionsShared = true;
            return _options.AsReadOnly();
        }
    }

    /// <summary>Adds an option, plan A or plan B, to the plan, being explored.</summary>
    /// <param name="label">A short code for the option, such as <c>A</c>, <c>B</c> or <c>army</c>: never free text; not used by another option.</param>
    /// <param name="occupation">The occupation it leads to, if any.</param>
    /// <param name="by">Who adds it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a short code, <paramref name="occupation"/> is the default occupation, or <paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why (<c>option.already-added</c>…).</exception>
    public void AddOption(string label, Occupation? occupation, Actor by)
    {
        Guard.Known(by);
        var context = AddOptionContext(label, occupation);
        Execute(in context, new OptionAdded(label, occupation, context.Now, by));
    }

    /// <summary>Says whether an option may be added to the plan now, and if not why.</summary>
    /// <param name="label">The option's label.</param>
    /// <param name="occupation">The occupation it leads to, if any.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a short code, or <paramref name="occupation"/> is the default occupation.</exception>
    public Permission CanAddOption(string label, Occupation? occupation)
        => Evaluate(AddOptionContext(label, occupation));

    /// <summary>Gets the option of the plan with the given label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The option, or <see langword="null"/> if the plan has none with that label.</returns>
    public PlanOption? FindOption(string? label)
    {
        _optionsShared = true;
        return OptionNamed(label);
    }

    /// <summary>The option with the given label, read by the aggregate and its rules without handing it out (see <see cref="FindOption"/>).</summary>
    internal PlanOption? OptionNamed(string? label)
    {
        foreach (var option in _options)
        {
            if (string.Equals(option.Label, label, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>Whether a stored label is one the intent method accepts: a short code.</summary>
    private static bool IsOptionLabel(string? label)
    {
        try
        {
            EvidenceGuard.Code(label);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private AddOptionInput AddOptionContext(string label, Occupation? occupation)
    {
        EvidenceGuard.Code(label);
        if (occupation is { IsDefault: true })
        {
            throw new ArgumentException("An option's occupation names one; leave it out when there is none.", nameof(occupation));
        }

        return new AddOptionInput(_clock.GetCurrentInstant(), false, label);
    }

}

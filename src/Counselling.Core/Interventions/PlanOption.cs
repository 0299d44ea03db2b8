using System;
using Counselling.Core.Evidence;
using Counselling.Core.Occupations;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <summary>
/// An option of the intervention's plan, plan A or plan B (the army, waiting for its answer; industrial mechanic, the
/// college application sent), with where it stands now: the latest status known, as the case record reads it.
/// </summary>
/// <remarks>Built by the intervention from its history; a host reads it, never builds it.</remarks>
public sealed record PlanOption
{
    internal PlanOption(string label, Occupation? occupation, Instant addedAt, OptionStatus status, LocalDate? expectedBy, Instant statusKnownAt)
    {
        Label = label;
        Occupation = occupation;
        AddedAt = addedAt;
        Status = status;
        ExpectedBy = expectedBy;
        StatusKnownAt = statusKnownAt;
    }

    /// <summary>Gets the option's label, a short code such as <c>A</c> or <c>army</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the occupation the option leads to, if any.</summary>
    public Occupation? Occupation { get; }

    /// <summary>Gets when the option was added to the plan.</summary>
    public Instant AddedAt { get; }

    /// <summary>Gets the status: <see cref="OptionStatus.Explored"/> when added, then the latest known.</summary>
    public OptionStatus Status { get; private init; }

    /// <summary>Gets, for an option waiting for a decision, the date the decision is expected, if known.</summary>
    public LocalDate? ExpectedBy { get; private init; }

    /// <summary>Gets when the status became known.</summary>
    public Instant StatusKnownAt { get; private init; }

    /// <summary>Gets a value indicating whether the option is resolved (achieved, failed, abandoned): it never opens again.</summary>
    public bool IsResolved => OptionStatuses.IsResolved(Status);

    /// <summary>Returns the label and the status: a code, never free text.</summary>
    /// <returns>The option as text, such as <c>army (Pending)</c>.</returns>
    public override string ToString() => Label + " (" + Status + ")";

    internal PlanOption WithStatus(OptionFact fact)
        => fact.KnownAt < StatusKnownAt ? this : this with { Status = fact.Status, ExpectedBy = fact.ExpectedBy, StatusKnownAt = fact.KnownAt };
}

using System;
using System.Collections.Immutable;
using Counselling.Core.Common;
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
    public OptionStatus Status { get; private set; }

    /// <summary>Gets, for an option waiting for a decision, the date the decision is expected, if known.</summary>
    public LocalDate? ExpectedBy { get; private set; }

    /// <summary>Gets when the status became known.</summary>
    public Instant StatusKnownAt { get; private set; }

    /// <summary>
    /// Gets the decisions from outside the option waits or waited for, in the order they were noted: while one is
    /// awaited the option is waiting for a decision, expected by the earliest date of those awaited; a refusal ends it; it
    /// is achieved once every one was accepted.
    /// </summary>
    public ImmutableArray<AwaitedDecision> Decisions { get; private init; } = [];

    /// <summary>Gets a value indicating whether the option is resolved (achieved, failed, abandoned): it never opens again.</summary>
    public bool IsResolved => OptionStatuses.IsResolved(Status);

    /// <summary>Says whether another option is the same: the same label, occupation, instants, status, expected date and decisions, in order.</summary>
    /// <param name="other">The other option.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(PlanOption? other)
        => other is not null
           && Label == other.Label && Occupation == other.Occupation && AddedAt == other.AddedAt && Status == other.Status
           && ExpectedBy == other.ExpectedBy && StatusKnownAt == other.StatusKnownAt && Decisions.AsSpan().SequenceEqual(other.Decisions.AsSpan());

    /// <summary>Returns a hash code consistent with <see cref="Equals(PlanOption)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Label, Occupation, AddedAt, Status, ExpectedBy, StatusKnownAt, Decisions.Length);

    /// <summary>Returns the label and the status: a code, never free text.</summary>
    /// <returns>The option as text, such as <c>army (Pending)</c>.</returns>
    public override string ToString() => Label + " (" + Status + ")";

    /// <summary>The option's status as the case record reads it: a fact known at an instant, from a source.</summary>
    internal OptionFact ToFact(Instant knownAt, ActorKind source)
        => new(Label, Status, knownAt, source, Status == OptionStatus.Pending ? ExpectedBy : null);

    /// <summary>The option waiting for one more decision, expected on a date.</summary>
    internal PlanOption Awaiting(int number, string label, LocalDate expectedOn, Instant at)
        => (this with { Decisions = Decisions.Add(new AwaitedDecision(number, label, expectedOn, at)) }).Settled(at);

    /// <summary>The option once one of its decisions came.</summary>
    internal PlanOption Receiving(int number, OptionStatus outcome, Instant at)
    {
        var index = IndexOf(number);
        return index < 0 ? this : (this with { Decisions = Decisions.SetItem(index, Decisions[index].Received(outcome, at)) }).Settled(at);
    }

    /// <summary>The index of a decision by its number, or -1.</summary>
    internal int IndexOf(int number)
    {
        for (var i = 0; i < Decisions.Length; i++)
        {
            if (Decisions[i].Number == number)
            {
                return i;
            }
        }

        return -1;
    }

    internal PlanOption WithStatus(OptionFact fact)
        => fact.KnownAt < StatusKnownAt ? this : this with { Status = fact.Status, ExpectedBy = fact.ExpectedBy, StatusKnownAt = fact.KnownAt };

    /// <summary>
    /// Gives this option the status <see cref="WithStatus"/> would give a copy of it: for an option nobody was handed yet,
    /// so changing it in place changes nothing anybody holds.
    /// </summary>
    internal void ChangeStatus(OptionFact fact)
    {
        if (fact.KnownAt >= StatusKnownAt)
        {
            Status = fact.Status;
            ExpectedBy = fact.ExpectedBy;
            StatusKnownAt = fact.KnownAt;
        }
    }

    /// <summary>The status the decisions give: failed on a refusal, achieved once every one was accepted, else waiting, expected by the earliest date awaited.</summary>
    private PlanOption Settled(Instant at)
    {
        LocalDate? earliest = null;
        foreach (var decision in Decisions)
        {
            if (decision.Outcome == OptionStatus.Failed)
            {
                return this with { Status = OptionStatus.Failed, ExpectedBy = null, StatusKnownAt = at };
            }

            if (!decision.IsReceived && (earliest is not { } e || decision.ExpectedOn < e))
            {
                earliest = decision.ExpectedOn;
            }
        }

        return earliest is null
            ? this with { Status = OptionStatus.Succeeded, ExpectedBy = null, StatusKnownAt = at }
            : this with { Status = OptionStatus.Pending, ExpectedBy = earliest, StatusKnownAt = at };
    }
}

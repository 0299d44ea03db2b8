using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <summary>
/// A decision from outside an option of the plan waits for ("answer from the army recruitment office", "college
/// admission answer"), with the date it is expected and, once it came, its answer in the options' vocabulary: accepted
/// (<see cref="OptionStatus.Succeeded"/>) or refused (<see cref="OptionStatus.Failed"/>).
/// </summary>
/// <remarks>Built by the intervention from its history; a host reads it, never builds it.</remarks>
public sealed record AwaitedDecision
{
    internal AwaitedDecision(int number, string label, LocalDate expectedOn, Instant awaitedAt)
    {
        Number = number;
        Label = label;
        ExpectedOn = expectedOn;
        AwaitedAt = awaitedAt;
    }

    /// <summary>Gets the decision's number in the intervention: 1 for the first awaited, then 2…</summary>
    public int Number { get; }

    /// <summary>Gets the decision's name, in the words chosen with the client.</summary>
    public string Label { get; }

    /// <summary>Gets the date the decision is expected.</summary>
    public LocalDate ExpectedOn { get; }

    /// <summary>Gets when the option started waiting for it.</summary>
    public Instant AwaitedAt { get; }

    /// <summary>Gets the answer once it came: <see cref="OptionStatus.Succeeded"/> (accepted) or <see cref="OptionStatus.Failed"/> (refused); <see langword="null"/> while awaited.</summary>
    public OptionStatus? Outcome { get; private init; }

    /// <summary>Gets when the answer was recorded, once it came.</summary>
    public Instant? ReceivedAt { get; private init; }

    /// <summary>Gets a value indicating whether the answer came.</summary>
    public bool IsReceived => Outcome is not null;

    /// <summary>Says whether the decision is overdue on a date: still awaited after the date it was expected.</summary>
    /// <param name="today">The date, in the intervention's time zone.</param>
    /// <returns><see langword="true"/> when no answer came and <paramref name="today"/> is after <see cref="ExpectedOn"/>.</returns>
    public bool IsOverdueOn(LocalDate today) => !IsReceived && today > ExpectedOn;

    /// <summary>Returns the number, the expected date and the answer: never the name, which is the client's words.</summary>
    /// <returns>The decision as text, such as <c>decision 1 (expected 2026-06-15, awaited)</c>.</returns>
    public override string ToString()
        => "decision " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (expected "
           + ExpectedOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ", "
           + (Outcome is { } outcome ? outcome.ToString() : "awaited") + ")";

    internal AwaitedDecision Received(OptionStatus outcome, Instant at) => this with { Outcome = outcome, ReceivedAt = at };
}

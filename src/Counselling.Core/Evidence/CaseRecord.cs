using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// The case record of one intervention: flat, immutable facts, each with the instant it became known and its source.
/// The evaluation engine reads only this, so an agency projects it from its aggregate and a researcher builds it
/// straight from files, with no lifecycle. Build one with <see cref="CaseRecordBuilder"/>.
/// </summary>
/// <remarks>
/// Facts are kept in the order they became known. Items observed several times (a session planned then held, an
/// action agreed then reviewed, an option pending then resolved) count by their latest observation known at the
/// as-of instant. Immutable and thread-safe.
/// </remarks>
public sealed class CaseRecord
{
    internal CaseRecord(CaseRecordBuilder b, CaseRecordArrays a)
    {
        Intervention = b.Intervention;
        Client = b.Client;
        Counsellor = b.Counsellor;
        Programme = b.Programme;
        Site = b.Site;
        OpenedAt = b.OpenedAt;
        ClosedAt = b.ClosedAt;
        ClosureReason = b.ClosureReason;
        PlannedEnd = b.PlannedEnd;
        SessionArray = a.Sessions;
        SessionNext = a.SessionNext;
        ObjectiveArray = a.Objectives;
        ObjectiveNext = a.ObjectiveNext;
        ReadingArray = a.Readings;
        ActionArray = a.Actions;
        ActionNext = a.ActionNext;
        DecisionArray = a.Decisions;
        OptionArray = a.Options;
        OptionNext = a.OptionNext;
        SituationArray = a.Situations;
        SatisfactionArray = a.Satisfaction;
        AutonomyArray = a.Autonomy;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the client.</summary>
    public ClientId Client { get; }

    /// <summary>Gets the counsellor in charge.</summary>
    public CounsellorId Counsellor { get; }

    /// <summary>Gets the programme's code, such as <c>career-choice</c>.</summary>
    public string Programme { get; }

    /// <summary>Gets the site's code, if any (a grouping key for cohorts).</summary>
    public string? Site { get; }

    /// <summary>Gets when the intervention opened; no evaluation may be asked before.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the intervention closed, if it did.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Gets why it closed, if it did.</summary>
    public ClosureReason? ClosureReason { get; }

    /// <summary>Gets the planned end (the programme's time limit), if known: the date criteria that wait for closure expect to resolve.</summary>
    public LocalDate? PlannedEnd { get; }

    /// <summary>Gets the observations of sessions, in the order they became known.</summary>
    public ImmutableArray<SessionFact> Sessions => ImmutableCollectionsMarshal.AsImmutableArray(SessionArray);

    /// <summary>Gets the objectives agreed, in the order they became known.</summary>
    public ImmutableArray<ObjectiveFact> Objectives => ImmutableCollectionsMarshal.AsImmutableArray(ObjectiveArray);

    /// <summary>Gets the indicator readings, in the order they became known.</summary>
    public ImmutableArray<IndicatorReading> Readings => ImmutableCollectionsMarshal.AsImmutableArray(ReadingArray);

    /// <summary>Gets the observations of between-session actions, in the order they became known.</summary>
    public ImmutableArray<ActionFact> Actions => ImmutableCollectionsMarshal.AsImmutableArray(ActionArray);

    /// <summary>Gets the decisions made, in the order they became known.</summary>
    public ImmutableArray<DecisionFact> Decisions => ImmutableCollectionsMarshal.AsImmutableArray(DecisionArray);

    /// <summary>Gets the observations of options (plan A, plan B), in the order they became known.</summary>
    public ImmutableArray<OptionFact> Options => ImmutableCollectionsMarshal.AsImmutableArray(OptionArray);

    /// <summary>Gets the client's situations, during the intervention and at follow-ups, in the order they became known.</summary>
    public ImmutableArray<SituationFact> Situations => ImmutableCollectionsMarshal.AsImmutableArray(SituationArray);

    /// <summary>Gets the satisfaction answers, in the order they became known.</summary>
    public ImmutableArray<SatisfactionAnswer> Satisfaction => ImmutableCollectionsMarshal.AsImmutableArray(SatisfactionArray);

    /// <summary>Gets the autonomy readings, in the order they became known.</summary>
    public ImmutableArray<AutonomyReading> Autonomy => ImmutableCollectionsMarshal.AsImmutableArray(AutonomyArray);

    internal SessionFact[] SessionArray { get; }

    internal int[]? SessionNext { get; }

    internal ObjectiveFact[] ObjectiveArray { get; }

    internal int[]? ObjectiveNext { get; }

    internal IndicatorReading[] ReadingArray { get; }

    internal ActionFact[] ActionArray { get; }

    internal int[]? ActionNext { get; }

    internal DecisionFact[] DecisionArray { get; }

    internal OptionFact[] OptionArray { get; }

    internal int[]? OptionNext { get; }

    internal SituationFact[] SituationArray { get; }

    internal SatisfactionAnswer[] SatisfactionArray { get; }

    internal AutonomyReading[] AutonomyArray { get; }

    /// <summary>Tells whether the intervention was closed as of an instant.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns><see langword="true"/> if it closed at or before <paramref name="asOf"/>.</returns>
    public bool IsClosedAt(Instant asOf) => ClosedAt is { } closed && closed <= asOf;

    /// <summary>Returns a builder holding every fact of this record, to add evidence and build a new record.</summary>
    /// <returns>A new builder; this record is unchanged.</returns>
    public CaseRecordBuilder ToBuilder() => new(this);

    /// <summary>Returns the intervention's identifier and the number of facts: never personal data.</summary>
    /// <returns>The record as text.</returns>
    public override string ToString()
        => Intervention + " (" + (SessionArray.Length + ObjectiveArray.Length + ReadingArray.Length + ActionArray.Length + DecisionArray.Length
            + OptionArray.Length + SituationArray.Length + SatisfactionArray.Length + AutonomyArray.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) + " facts)";
}

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
    private string? _interventionText;

    internal CaseRecord(CaseRecordBuilder b, CaseRecordArrays a)
    {
        Intervention = b.Intervention;
        ExportCaseId = b.CaseId;
        Agency = b.Agency;
        SessionCount = b.SessionCount;
        DeclaredUnrecorded = b.Unrecorded;
        Unrecorded = b.Unrecorded | (b.SessionCount is not null && a.Sessions.Length == 0 ? EvidenceKinds.Sessions : EvidenceKinds.None);
        Zone = b.Zone;
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
        ObjectiveReach = a.ObjectiveReach;
        ReadingArray = a.Readings;
        ActionArray = a.Actions;
        ActionNext = a.ActionNext;
        DecisionArray = a.Decisions;
        OptionArray = a.Options;
        OptionNext = a.OptionNext;
        SituationArray = a.Situations;
        SatisfactionArray = a.Satisfaction;
        AutonomyArray = a.Autonomy;
        JudgementArray = a.Judgements;
        ContributionArray = a.Contributions;
        CourseArray = a.Courses;
        InitialQuestionArray = a.InitialQuestions;
        CounsellorObjectiveArray = a.CounsellorObjectives;
        PreviousIntervention = b.PreviousIntervention;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the case id: the export's own (a string, kept as written) or, for a record projected from an aggregate, the intervention's GUID written <c>D</c>-style. Every per-case row gives it back.</summary>
    public string CaseId => ExportCaseId ?? (_interventionText ??= Intervention.Value.ToString("D", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Gets the agency's code, if any (a grouping key for cohorts drawn from several agencies).</summary>
    public string? Agency { get; }

    /// <summary>Gets how many sessions were held when the source gave only a count, if it did.</summary>
    public int? SessionCount { get; }

    /// <summary>
    /// Gets the kinds of evidence the source does not carry for this case: those named with
    /// <see cref="CaseRecordBuilder.NotRecorded"/>, and sessions when they are known only as a count. Criteria reading
    /// them answer unknown unless what is recorded already meets them.
    /// </summary>
    public EvidenceKinds Unrecorded { get; }

    /// <summary>Gets the agency's zone, in which the record's instants become dates: every evaluation of the record reads it.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the client, if the source names one (an export may not).</summary>
    public ClientId? Client { get; }

    /// <summary>Gets the counsellor in charge, if the source names one (an export may not).</summary>
    public CounsellorId? Counsellor { get; }

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

    /// <summary>Gets the judgements of the intervention's success (the counsellor's, the client's, joint), in the order they became known.</summary>
    public ImmutableArray<JudgementFact> Judgements => ImmutableCollectionsMarshal.AsImmutableArray(JudgementArray);

    /// <summary>Gets the contributions of third parties, in the order they became known.</summary>
    public ImmutableArray<ContributionFact> Contributions => ImmutableCollectionsMarshal.AsImmutableArray(ContributionArray);

    /// <summary>Gets the observations of courses the person entered, in the order they became known.</summary>
    public ImmutableArray<CourseFact> Courses => ImmutableCollectionsMarshal.AsImmutableArray(CourseArray);

    /// <summary>Gets the questions or requests the client came with, in the order they became known.</summary>
    public ImmutableArray<InitialQuestionFact> InitialQuestions => ImmutableCollectionsMarshal.AsImmutableArray(InitialQuestionArray);

    /// <summary>Gets the counsellor's own objectives for the intervention, in the order they became known.</summary>
    public ImmutableArray<CounsellorObjectiveFact> CounsellorObjectives => ImmutableCollectionsMarshal.AsImmutableArray(CounsellorObjectiveArray);

    /// <summary>Gets the earlier intervention this one follows when the client came back, if any: the trajectory's link.</summary>
    public InterventionId? PreviousIntervention { get; }

    internal EvidenceKinds DeclaredUnrecorded { get; }

    /// <summary>Gets the export's case id, or <see langword="null"/> for a record identified by its intervention: <see cref="CaseId"/> is then written from the GUID on first read.</summary>
    internal string? ExportCaseId { get; }

    internal SessionFact[] SessionArray { get; }

    internal int[]? SessionNext { get; }

    internal ObjectiveFact[] ObjectiveArray { get; }

    internal int[]? ObjectiveNext { get; }

    /// <summary>Gets, for each objective fact, the index of the first reading that reaches its target, or -1: the reading known first reaches it first.</summary>
    internal int[] ObjectiveReach { get; }

    internal IndicatorReading[] ReadingArray { get; }

    internal ActionFact[] ActionArray { get; }

    internal int[]? ActionNext { get; }

    internal DecisionFact[] DecisionArray { get; }

    internal OptionFact[] OptionArray { get; }

    internal int[]? OptionNext { get; }

    internal SituationFact[] SituationArray { get; }

    internal SatisfactionAnswer[] SatisfactionArray { get; }

    internal AutonomyReading[] AutonomyArray { get; }

    internal JudgementFact[] JudgementArray { get; }

    internal ContributionFact[] ContributionArray { get; }

    internal CourseFact[] CourseArray { get; }

    internal InitialQuestionFact[] InitialQuestionArray { get; }

    internal CounsellorObjectiveFact[] CounsellorObjectiveArray { get; }

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
            + OptionArray.Length + SituationArray.Length + SatisfactionArray.Length + AutonomyArray.Length
            + JudgementArray.Length + ContributionArray.Length + CourseArray.Length + InitialQuestionArray.Length + CounsellorObjectiveArray.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) + " facts)";
}

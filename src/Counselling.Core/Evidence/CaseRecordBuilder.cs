using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// Builds a <see cref="CaseRecord"/> from facts, in any order: the way a projection from the intervention aggregate or
/// a researcher's file reader makes one. <see cref="Build"/> checks the whole record and names the field at fault.
/// </summary>
/// <remarks>Not thread-safe; a builder may build several records, each a snapshot of the facts added so far.</remarks>
public sealed class CaseRecordBuilder
{
    private readonly List<SessionFact> _sessions = [];
    private readonly List<ObjectiveFact> _objectives = [];
    private readonly List<IndicatorReading> _readings = [];
    private readonly List<ActionFact> _actions = [];
    private readonly List<DecisionFact> _decisions = [];
    private readonly List<OptionFact> _options = [];
    private readonly List<SituationFact> _situations = [];
    private readonly List<SatisfactionAnswer> _satisfaction = [];
    private readonly List<AutonomyReading> _autonomy = [];
    private readonly List<JudgementFact> _judgements = [];
    private readonly List<ContributionFact> _contributions = [];
    private readonly List<CourseFact> _courses = [];
    private readonly List<InitialQuestionFact> _initialQuestions = [];
    private readonly List<CounsellorObjectiveFact> _counsellorObjectives = [];

    /// <summary>Initializes a new builder with the facts every record has.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="client">The client.</param>
    /// <param name="counsellor">The counsellor in charge.</param>
    /// <param name="programme">The programme's code, such as <c>career-choice</c>.</param>
    /// <param name="openedAt">When the intervention opened.</param>
    /// <param name="zone">The agency's zone, in which the record's instants become dates (deadlines, expected dates): every evaluation reads it.</param>
    /// <exception cref="ArgumentException">An identifier is the default value, or <paramref name="programme"/> is not a short code.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> or <paramref name="zone"/> is <see langword="null"/>.</exception>
    public CaseRecordBuilder(InterventionId intervention, ClientId client, CounsellorId counsellor, string programme, Instant openedAt, DateTimeZone zone)
    {
        Zone = Guard.NotNull(zone);
        Intervention = Guard.NotDefault(intervention);
        Client = Guard.NotDefault(client);
        Counsellor = Guard.NotDefault(counsellor);
        Programme = EvidenceGuard.Code(programme);
        OpenedAt = openedAt;
    }

    internal CaseRecordBuilder(CaseRecord record)
    {
        Intervention = record.Intervention;
        Zone = record.Zone;
        Client = record.Client;
        Counsellor = record.Counsellor;
        Programme = record.Programme;
        Site = record.Site;
        OpenedAt = record.OpenedAt;
        ClosedAt = record.ClosedAt;
        ClosureReason = record.ClosureReason;
        PlannedEnd = record.PlannedEnd;
        _sessions.AddRange(record.SessionArray);
        _objectives.AddRange(record.ObjectiveArray);
        _readings.AddRange(record.ReadingArray);
        _actions.AddRange(record.ActionArray);
        _decisions.AddRange(record.DecisionArray);
        _options.AddRange(record.OptionArray);
        _situations.AddRange(record.SituationArray);
        _satisfaction.AddRange(record.SatisfactionArray);
        _autonomy.AddRange(record.AutonomyArray);
        _judgements.AddRange(record.JudgementArray);
        _contributions.AddRange(record.ContributionArray);
        _courses.AddRange(record.CourseArray);
        _initialQuestions.AddRange(record.InitialQuestionArray);
        _counsellorObjectives.AddRange(record.CounsellorObjectiveArray);
        PreviousIntervention = record.PreviousIntervention;
    }

    internal InterventionId Intervention { get; }

    internal DateTimeZone Zone { get; }

    internal ClientId Client { get; }

    internal CounsellorId Counsellor { get; }

    internal string Programme { get; }

    internal string? Site { get; private set; }

    internal Instant OpenedAt { get; }

    internal Instant? ClosedAt { get; private set; }

    internal ClosureReason? ClosureReason { get; private set; }

    internal LocalDate? PlannedEnd { get; private set; }

    internal InterventionId? PreviousIntervention { get; private set; }

    /// <summary>Sets the site's code (a grouping key for cohorts).</summary>
    /// <param name="site">The site's code, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="site"/> is not a short code.</exception>
    public CaseRecordBuilder WithSite(string? site)
    {
        Site = site is null ? null : EvidenceGuard.Code(site);
        return this;
    }

    /// <summary>Sets the planned end (the programme's time limit): the date criteria waiting for closure expect to resolve.</summary>
    /// <param name="plannedEnd">The date, or <see langword="null"/> if unknown.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder WithPlannedEnd(LocalDate? plannedEnd)
    {
        PlannedEnd = plannedEnd;
        return this;
    }

    /// <summary>Records the closure.</summary>
    /// <param name="closedAt">When it closed.</param>
    /// <param name="reason">Why.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    public CaseRecordBuilder Close(Instant closedAt, ClosureReason reason)
    {
        ClosureReason = Guard.Defined(reason);
        ClosedAt = closedAt;
        return this;
    }

    /// <summary>Adds an observation of a session.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(SessionFact fact) => Append(_sessions, fact);

    /// <summary>Adds an objective.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(ObjectiveFact fact) => Append(_objectives, fact);

    /// <summary>Adds an indicator reading.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(IndicatorReading fact) => Append(_readings, fact);

    /// <summary>Adds an observation of a between-session action.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(ActionFact fact) => Append(_actions, fact);

    /// <summary>Adds a decision.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(DecisionFact fact) => Append(_decisions, fact);

    /// <summary>Adds an observation of an option (plan A, plan B).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(OptionFact fact) => Append(_options, fact);

    /// <summary>Adds the client's situation, during the intervention or at a follow-up.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(SituationFact fact) => Append(_situations, fact);

    /// <summary>Adds a satisfaction answer.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(SatisfactionAnswer fact) => Append(_satisfaction, fact);

    /// <summary>Adds an autonomy reading.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(AutonomyReading fact) => Append(_autonomy, fact);

    /// <summary>Adds someone's own judgement of the intervention's success (the counsellor's, the client's, or a joint evaluation).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(JudgementFact fact) => Append(_judgements, fact);

    /// <summary>Adds a third party's contribution (the aunt helped apply to college), recorded as theirs.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(ContributionFact fact) => Append(_contributions, fact);

    /// <summary>Adds an observation of a course the person entered (started, completed, abandoned).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(CourseFact fact) => Append(_courses, fact);

    /// <summary>Adds the question or request the client came with.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(InitialQuestionFact fact) => Append(_initialQuestions, fact);

    /// <summary>Adds one of the counsellor's own objectives for the intervention.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(CounsellorObjectiveFact fact) => Append(_counsellorObjectives, fact);

    /// <summary>Reserves room for the facts a projection knows it will add, so that long records grow their lists once.</summary>
    internal CaseRecordBuilder Reserve(int sessions, int actions)
    {
        _sessions.EnsureCapacity(sessions);
        _actions.EnsureCapacity(actions);
        return this;
    }

    /// <summary>Links the record to the earlier intervention this one follows when the client came back: the trajectory keeps every episode.</summary>
    /// <param name="previous">The earlier intervention, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is the default identifier or this record's own intervention.</exception>
    public CaseRecordBuilder FollowingOn(InterventionId? previous)
    {
        if (previous is { } p && (p.IsDefault || p == Intervention))
        {
            throw new ArgumentException("A return follows on another, identified intervention.", nameof(previous));
        }

        PreviousIntervention = previous;
        return this;
    }

    /// <summary>Checks every fact and builds the record.</summary>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A fact is the default value, is known before the intervention opened, refers to a
    /// session or objective the record does not hold, is a follow-up of an intervention not closed or recorded before its
    /// closure, or an item goes back from resolved to open (a held session planned again, a reviewed action agreed again, a
    /// resolved option pending again, a held session missed). The parameter name says which, such as <c>sessions[2].KnownAt</c>, counting
    /// facts in the order they became known.</exception>
    public CaseRecord Build()
    {
        if (ClosedAt is { } closed && closed < OpenedAt)
        {
            throw new ArgumentException("An intervention cannot close before it opened.", "closedAt");
        }

        var sessions = FactList.SortedByKnownAt(_sessions);
        var objectives = FactList.SortedByKnownAt(_objectives);
        var readings = FactList.SortedByKnownAt(_readings);
        var actions = FactList.SortedByKnownAt(_actions);
        var decisions = FactList.SortedByKnownAt(_decisions);
        var options = FactList.SortedByKnownAt(_options);
        var situations = FactList.SortedByKnownAt(_situations);
        var satisfaction = FactList.SortedByKnownAt(_satisfaction);
        var autonomy = FactList.SortedByKnownAt(_autonomy);
        var judgements = FactList.SortedByKnownAt(_judgements);
        var contributions = FactList.SortedByKnownAt(_contributions);
        var courses = FactList.SortedByKnownAt(_courses);
        var initialQuestions = FactList.SortedByKnownAt(_initialQuestions);
        var counsellorObjectives = FactList.SortedByKnownAt(_counsellorObjectives);

        Check(sessions, "sessions", f => f.IsDefault, f => f.KnownAt);
        Check(objectives, "objectives", f => f.IsDefault, f => f.KnownAt);
        Check(readings, "readings", f => f.IsDefault, f => f.KnownAt);
        Check(actions, "actions", f => f.IsDefault, f => f.KnownAt);
        Check(decisions, "decisions", f => f.IsDefault, f => f.KnownAt);
        Check(options, "options", f => f.IsDefault, f => f.KnownAt);
        Check(situations, "situations", f => f.IsDefault, f => f.KnownAt);
        Check(satisfaction, "satisfaction", f => f.IsDefault, f => f.KnownAt);
        Check(autonomy, "autonomy", f => f.IsDefault, f => f.KnownAt);
        Check(judgements, "judgements", f => f.IsDefault, f => f.KnownAt);
        Check(contributions, "contributions", f => f.IsDefault, f => f.KnownAt);
        Check(courses, "courses", f => f.IsDefault, f => f.KnownAt);
        Check(initialQuestions, "initialQuestions", f => f.IsDefault, f => f.KnownAt);
        Check(counsellorObjectives, "counsellorObjectives", f => f.IsDefault, f => f.KnownAt);

        // Each reference is looked up in an index of the sessions or objectives, never by a scan: linear in the facts.
        var sessionIds = FactList.KeysOf(sessions, static s => s.Session);
        var objectiveIds = FactList.KeysOf(objectives, static o => o.Objective);
        for (var i = 0; i < judgements.Length; i++)
        {
            if (judgements[i].Session is { } at && !FactList.Contains(sessions, sessionIds, static s => s.Session, at))
            {
                throw new ArgumentException("A judgement refers to a session the record does not hold.", Field("judgements", i, "Session"));
            }
        }

        for (var i = 0; i < readings.Length; i++)
        {
            if (!FactList.Contains(objectives, objectiveIds, static o => o.Objective, readings[i].Objective))
            {
                throw new ArgumentException("An indicator reading refers to an objective the record does not hold.", Field("readings", i, "Objective"));
            }
        }

        for (var i = 0; i < actions.Length; i++)
        {
            if (actions[i].AgreedAt is { } at && !FactList.Contains(sessions, sessionIds, static s => s.Session, at))
            {
                throw new ArgumentException("An action refers to a session the record does not hold.", Field("actions", i, "AgreedAt"));
            }
        }

        for (var i = 0; i < decisions.Length; i++)
        {
            if (decisions[i].Session is { } at && !FactList.Contains(sessions, sessionIds, static s => s.Session, at))
            {
                throw new ArgumentException("A decision refers to a session the record does not hold.", Field("decisions", i, "Session"));
            }
        }

        for (var i = 0; i < situations.Length; i++)
        {
            if (situations[i].IsFollowUp && (ClosedAt is not { } c || situations[i].KnownAt < c))
            {
                throw new ArgumentException("A follow-up situation is recorded after the intervention closed.", Field("situations", i, "MonthsAfterClosure"));
            }
        }

        var sessionNext = FactList.NextObservation(sessions, f => f.Session);
        CheckForward(sessions, sessionNext, "sessions", (a, b) => a.Status == SessionStatus.Planned || (b.Status != SessionStatus.Planned && (a.Status != SessionStatus.Held || b.Status == SessionStatus.Held)), "A session held stays held, and one missed or cancelled never becomes planned again.");
        var actionNext = FactList.NextObservation(actions, f => f.Action);
        CheckForward(actions, actionNext, "actions", (a, b) => a.Status == PlanActionStatus.Agreed || b.Status != PlanActionStatus.Agreed, "A reviewed action cannot become merely agreed again.");
        var optionNext = FactList.NextObservation(options, f => f.Label);
        CheckForward(options, optionNext, "options", (a, b) => !OptionStatuses.IsResolved(a.Status) || OptionStatuses.IsResolved(b.Status), "A resolved option cannot open again.");

        return new CaseRecord(this, new CaseRecordArrays
        {
            Sessions = sessions,
            SessionNext = sessionNext,
            Objectives = objectives,
            ObjectiveNext = FactList.NextObservation(objectives, f => f.Objective),
            ObjectiveReach = FactList.FirstReach(objectives, readings),
            Readings = readings,
            Actions = actions,
            ActionNext = actionNext,
            Decisions = decisions,
            Options = options,
            OptionNext = optionNext,
            Situations = situations,
            Satisfaction = satisfaction,
            Autonomy = autonomy,
            Judgements = judgements,
            Contributions = contributions,
            Courses = courses,
            InitialQuestions = initialQuestions,
            CounsellorObjectives = counsellorObjectives,
        });
    }

    private static string Field(string list, int index, string member)
        => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{member}");

    private static void CheckForward<T>(T[] facts, int[]? next, string list, Func<T, T, bool> allowed, string message)
    {
        if (next is null)
        {
            return;
        }

        for (var i = 0; i < facts.Length; i++)
        {
            if (next[i] >= 0 && !allowed(facts[i], facts[next[i]]))
            {
                throw new ArgumentException(message, Field(list, next[i], "Status"));
            }
        }
    }

    private CaseRecordBuilder Append<T>(List<T> list, T fact)
    {
        list.Add(fact);
        return this;
    }

    private void Check<T>(T[] facts, string list, Func<T, bool> isDefault, Func<T, Instant> knownAt)
    {
        for (var i = 0; i < facts.Length; i++)
        {
            if (isDefault(facts[i]))
            {
                throw new ArgumentException("A fact is the default value: build it with its constructor.", string.Create(CultureInfo.InvariantCulture, $"{list}[{i}]"));
            }

            if (knownAt(facts[i]) < OpenedAt)
            {
                throw new ArgumentException("A fact cannot be known before the intervention opened.", Field(list, i, "KnownAt"));
            }
        }
    }
}

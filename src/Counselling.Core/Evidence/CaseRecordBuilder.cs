using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// Builds a <see cref="CaseRecord"/> from facts, in any order: the way a projection from the intervention aggregate or
/// a researcher's file reader makes one. <see cref="Validate"/> lists every problem of the record with its field;
/// <see cref="Build"/> refuses a record with a problem and names the first field at fault.
/// </summary>
/// <remarks>
/// An aggregate's projection identifies the record by its <see cref="InterventionId"/>; an export by the case id it
/// carries (<see cref="CaseRecordBuilder(string, string, Instant, DateTimeZone)"/>), with the client and the
/// counsellor optional, sessions possibly known only as a count (<see cref="WithSessionCount"/>) and any blank column
/// named with <see cref="NotRecorded"/>: what is not recorded leaves criteria unknown, never failed.
/// Not thread-safe; a builder may build several records, each a snapshot of the facts added so far.
/// </remarks>
public sealed class CaseRecordBuilder
{
    private FactBuffer<SessionFact> _sessions;
    private FactBuffer<ObjectiveFact> _objectives;
    private FactBuffer<IndicatorReading> _readings;
    private FactBuffer<ActionFact> _actions;
    private FactBuffer<DecisionFact> _decisions;
    private FactBuffer<OptionFact> _options;
    private FactBuffer<SituationFact> _situations;
    private FactBuffer<SatisfactionAnswer> _satisfaction;
    private FactBuffer<AutonomyReading> _autonomy;
    private FactBuffer<JudgementFact> _judgements;
    private FactBuffer<ContributionFact> _contributions;
    private FactBuffer<CourseFact> _courses;
    private FactBuffer<InitialQuestionFact> _initialQuestions;
    private FactBuffer<CounsellorObjectiveFact> _counsellorObjectives;
    private List<CaseRecordProblem>? _scaleProblems;
    private KnownLinks? _links;

    // A projection's actions already in the record's compact form, each agreed-at session named by its place in the
    // session facts adopted with them: handed to the record as they are while those session facts stay as adopted.
    private RecordedAction[]? _recordedActions;
    private SessionFact[]? _recordedSessions;

    // A projection's session facts and actions of a long history, written in chunks, in the order they became known,
    // each action's agreed-at session named by its place: handed to the record as they are while nothing is added.
    private FactChunks<SessionFact>? _longSessions;
    private FactChunks<RecordedAction>? _longActions;

    // The kinds of evidence a projection counted in their thousands, written in chunks; none for a usual record.
    private LongEvidence? _long;

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

    /// <summary>Initializes a new builder for a case read from an export, identified by the case id the export carries; the client and the counsellor are optional.</summary>
    /// <param name="caseId">The export's case id, such as <c>AG2-2019-00417</c>: kept as written (without surrounding spaces) and given back in every per-case row. Not personal data: use the agency's file number, never a name.</param>
    /// <param name="programme">The programme's code, such as <c>career-choice</c>.</param>
    /// <param name="openedAt">When the intervention opened.</param>
    /// <param name="zone">The agency's zone, in which the record's instants become dates.</param>
    /// <remarks>The record's <see cref="CaseRecord.Intervention"/> is derived from the case id, the same for the same id, so that reports made from the same export line up.</remarks>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is blank, longer than 200 characters or holds a control character, or <paramref name="programme"/> is not a short code.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/>, <paramref name="programme"/> or <paramref name="zone"/> is <see langword="null"/>.</exception>
    public CaseRecordBuilder(string caseId, string programme, Instant openedAt, DateTimeZone zone)
    {
        Zone = Guard.NotNull(zone);
        CaseId = CheckCaseId(caseId);
        Intervention = DeriveIntervention(CaseId);
        Programme = EvidenceGuard.Code(programme);
        OpenedAt = openedAt;
    }

    internal CaseRecordBuilder(CaseRecord record)
    {
        Intervention = record.Intervention;
        CaseId = record.ExportCaseId;
        Agency = record.Agency;
        SessionCount = record.SessionCount;
        Unrecorded = record.DeclaredUnrecorded;
        Zone = record.Zone;
        Client = record.Client;
        Counsellor = record.Counsellor;
        Programme = record.Programme;
        Site = record.Site;
        OpenedAt = record.OpenedAt;
        ClosedAt = record.ClosedAt;
        ClosureReason = record.ClosureReason;
        PlannedEnd = record.PlannedEnd;
        AddAll(ref _sessions, record.SessionList, record.SessionChunks);

        _objectives.AddRange(record.ObjectiveArray);
        _readings.Adopt(record.UnpackReadings());
        _actions.Adopt(record.UnpackActions());
        AddAll(ref _decisions, record.DecisionList, record.DecisionChunks);
        AddAll(ref _options, record.OptionList, record.OptionChunks);
        _situations.AddRange(record.SituationArray);
        _satisfaction.AddRange(record.SatisfactionArray);
        _autonomy.AddRange(record.AutonomyArray);
        AddAll(ref _judgements, record.JudgementList, record.JudgementChunks);
        _contributions.AddRange(record.ContributionArray);
        _courses.AddRange(record.CourseArray);
        _initialQuestions.AddRange(record.InitialQuestionArray);
        _counsellorObjectives.AddRange(record.CounsellorObjectiveArray);
        PreviousIntervention = record.PreviousIntervention;
    }

    internal InterventionId Intervention { get; }

    internal DateTimeZone Zone { get; }

    /// <summary>Gets the export's case id, or <see langword="null"/> when the record is identified by its intervention (the record writes the GUID when asked).</summary>
    internal string? CaseId { get; }

    internal ClientId? Client { get; private set; }

    internal CounsellorId? Counsellor { get; private set; }

    internal string? Agency { get; private set; }

    internal int? SessionCount { get; private set; }

    internal EvidenceKinds Unrecorded { get; private set; }

    internal string Programme { get; }

    internal string? Site { get; private set; }

    internal Instant OpenedAt { get; }

    internal Instant? ClosedAt { get; private set; }

    internal ClosureReason? ClosureReason { get; private set; }

    internal LocalDate? PlannedEnd { get; private set; }

    /// <summary>Gets or sets the base-2 logarithm of the length of the chunks a long list is kept in, or <see langword="null"/> for chunks of 64 KB: shorter ones let tests cross chunk boundaries with few facts.</summary>
    internal int? ChunkShift { get; set; }

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

    /// <summary>Sets the client, when the export names one by an identifier (optional).</summary>
    /// <param name="client">The client, or <see langword="null"/> for none known.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="client"/> is the default identifier.</exception>
    public CaseRecordBuilder WithClient(ClientId? client)
    {
        Client = client is { } c ? Guard.NotDefault(c, nameof(client)) : null;
        return this;
    }

    /// <summary>Sets the counsellor in charge, when the export names one (optional).</summary>
    /// <param name="counsellor">The counsellor, or <see langword="null"/> for none known.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="counsellor"/> is the default identifier.</exception>
    public CaseRecordBuilder WithCounsellor(CounsellorId? counsellor)
    {
        Counsellor = counsellor is { } c ? Guard.NotDefault(c, nameof(counsellor)) : null;
        return this;
    }

    /// <summary>Sets the agency's code (a grouping key for cohorts drawn from several agencies).</summary>
    /// <param name="agency">The agency's code, or <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is not a short code.</exception>
    public CaseRecordBuilder WithAgency(string? agency)
    {
        Agency = agency is null ? null : EvidenceGuard.Code(agency);
        return this;
    }

    /// <summary>
    /// Sets how many sessions were held when the export gives only a count. Without session facts, criteria about
    /// sessions (held as planned, ended with an outcome) are unknown rather than failed: a count says nothing of them.
    /// </summary>
    /// <param name="held">The number of sessions held, or <see langword="null"/> when not known.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="held"/> is negative.</exception>
    public CaseRecordBuilder WithSessionCount(int? held)
    {
        SessionCount = held is < 0 ? throw new ArgumentOutOfRangeException(nameof(held), "A number of sessions is 0 or more.") : held;
        return this;
    }

    /// <summary>
    /// Says which kinds of evidence the source does not carry for this case (a column the export lacks, or left blank):
    /// criteria reading them answer unknown unless what is recorded already meets them. Adds to the kinds named before.
    /// </summary>
    /// <param name="kinds">The kinds not recorded.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kinds"/> names a kind that does not exist.</exception>
    public CaseRecordBuilder NotRecorded(EvidenceKinds kinds)
    {
        const EvidenceKinds all = (EvidenceKinds)((int)EvidenceKinds.InitialQuestions * 2 - 1);
        Unrecorded |= (kinds & ~all) == 0 ? kinds : throw new ArgumentOutOfRangeException(nameof(kinds), "Name kinds of evidence that exist.");
        return this;
    }

    /// <summary>
    /// Adds a satisfaction answer read as a raw level on a scale: a level off its scale is not thrown at once but listed
    /// by <see cref="Validate"/> (and refused by <see cref="Build"/>) as a problem of the <c>satisfaction</c> scale.
    /// </summary>
    /// <param name="level">The level read.</param>
    /// <param name="minimum">The lowest level of the scale.</param>
    /// <param name="maximum">The highest level of the scale.</param>
    /// <param name="knownAt">When it was answered.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="wouldComeBack">Whether the client would come back if needed, if asked.</param>
    /// <param name="wouldRecommend">Whether the client would recommend the service, if asked.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public CaseRecordBuilder AddSatisfaction(int level, int minimum, int maximum, Instant knownAt, ActorKind source, bool? wouldComeBack = null, bool? wouldRecommend = null)
        => OnScale("satisfaction", level, minimum, maximum) is { } score ? Add(new SatisfactionAnswer(score, knownAt, source, wouldComeBack, wouldRecommend)) : this;

    /// <summary>
    /// Adds an autonomy reading read as a raw level on a scale: a level off its scale is listed by <see cref="Validate"/>
    /// (and refused by <see cref="Build"/>) as a problem of the <c>autonomy</c> scale.
    /// </summary>
    /// <param name="moment">When in the intervention it was read.</param>
    /// <param name="level">The level read.</param>
    /// <param name="minimum">The lowest level of the scale.</param>
    /// <param name="maximum">The highest level of the scale.</param>
    /// <param name="knownAt">When it was read.</param>
    /// <param name="source">Who recorded it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="moment"/> is undefined or <see cref="AssessmentMoment.AlongTheWay"/>, or <paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public CaseRecordBuilder AddAutonomy(AssessmentMoment moment, int level, int minimum, int maximum, Instant knownAt, ActorKind source)
        => OnScale("autonomy", level, minimum, maximum) is { } score ? Add(new AutonomyReading(moment, score, knownAt, source)) : this;

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
    public CaseRecordBuilder Add(SessionFact fact)
    {
        Unpack();
        return Append(ref _sessions, fact);
    }

    /// <summary>Adds an objective.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(ObjectiveFact fact) => Append(ref _objectives, fact);

    /// <summary>Adds an indicator reading.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(IndicatorReading fact) => _long?.Readings is { } spill ? Spill(spill, fact) : Append(ref _readings, fact);

    /// <summary>Adds an observation of a between-session action.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(ActionFact fact)
    {
        Unpack();
        return Append(ref _actions, fact);
    }

    /// <summary>Adds a decision.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(DecisionFact fact) => _long?.Decisions is { } spill ? Spill(spill, fact) : Append(ref _decisions, fact);

    /// <summary>Adds an observation of an option (plan A, plan B).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(OptionFact fact) => _long?.Options is { } spill ? Spill(spill, fact) : Append(ref _options, fact);

    /// <summary>Adds the client's situation, during the intervention or at a follow-up.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(SituationFact fact) => Append(ref _situations, fact);

    /// <summary>Adds a satisfaction answer.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(SatisfactionAnswer fact) => Append(ref _satisfaction, fact);

    /// <summary>Adds an autonomy reading.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(AutonomyReading fact) => Append(ref _autonomy, fact);

    /// <summary>Adds someone's own judgement of the intervention's success (the counsellor's, the client's, or a joint evaluation).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(JudgementFact fact) => _long?.Judgements is { } spill ? Spill(spill, fact) : Append(ref _judgements, fact);

    /// <summary>Adds a third party's contribution (the aunt helped apply to college), recorded as theirs.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(ContributionFact fact) => Append(ref _contributions, fact);

    /// <summary>Adds an observation of a course the person entered (started, completed, abandoned).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(CourseFact fact) => Append(ref _courses, fact);

    /// <summary>Adds the question or request the client came with.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(InitialQuestionFact fact) => Append(ref _initialQuestions, fact);

    /// <summary>Adds one of the counsellor's own objectives for the intervention.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>This builder.</returns>
    public CaseRecordBuilder Add(CounsellorObjectiveFact fact) => Append(ref _counsellorObjectives, fact);

    /// <summary>
    /// Prepares an empty builder for a long projection's evidence: at most <paramref name="atMost"/> facts, about
    /// <paramref name="expected"/> in all. The kinds that could then fill more than one chunk are written in chunks as
    /// they come, so that none makes an array on the large-object heap; a kind that ends within one chunk is handed to the
    /// record as one array, as usual. Each starts with room for a quarter of the facts expected.
    /// </summary>
    internal CaseRecordBuilder ExpectLong(int atMost, int expected)
    {
        if (_long is null && _readings.Count == 0 && _decisions.Count == 0 && _options.Count == 0 && _judgements.Count == 0)
        {
            var each = expected / 4;
            var readings = Long<IndicatorReading>(atMost, each);
            var decisions = Long<DecisionFact>(atMost, each);
            var options = Long<OptionFact>(atMost, each);
            var judgements = Long<JudgementFact>(atMost, each);
            if (readings is not null || decisions is not null || options is not null || judgements is not null)
            {
                _long = new LongEvidence { Readings = readings, Decisions = decisions, Options = options, Judgements = judgements };
            }

            _readings.EnsureCapacity(readings is null ? each : 0);
            _decisions.EnsureCapacity(decisions is null ? each : 0);
            _options.EnsureCapacity(options is null ? each : 0);
            _judgements.EnsureCapacity(judgements is null ? each : 0);
        }

        return this;
    }

    /// <summary>
    /// Takes the links a projection made as it added its session and action facts in the order they became known (for
    /// each fact, the position of the next observation of the same session or action, or -1; <see langword="null"/> when
    /// none is observed twice), and how it tells the sessions it holds: <see cref="Build"/> then builds no index of its own.
    /// Used only while the builder still holds exactly the facts the links count.
    /// </summary>
    internal CaseRecordBuilder WithLinks(int sessions, int[]? sessionNext, int actions, int[]? actionNext, Func<SessionId, bool> holdsSession)
    {
        _links = new KnownLinks(sessions, sessionNext, actions, actionNext, holdsSession);
        return this;
    }

    /// <summary>Takes the links a projection made between the facts it wrote in chunks (<see cref="Adopt(FactChunks{SessionFact}, FactChunks{RecordedAction})"/>), in chunks beside them.</summary>
    internal CaseRecordBuilder WithLinks(FactChunks<int>? sessionNext, FactChunks<int>? actionNext, Func<SessionId, bool> holdsSession)
    {
        _links = new KnownLinks(_longSessions!.Length, null, _longActions!.Length, null, holdsSession) { LongSessionNext = sessionNext, LongActionNext = actionNext };
        return this;
    }

    /// <summary>
    /// Takes arrays of facts a flat source wrote, each the builder's own from now on (the caller writes them no more),
    /// best already in the order the facts became known: <see cref="Build"/> then hands them to the record without a
    /// copy or a sort, after the same checks as for facts added one by one. Only into a builder holding none of these kinds.
    /// </summary>
    internal CaseRecordBuilder Adopt(SessionFact[] sessions, ActionFact[] actions, DecisionFact[] decisions, SituationFact[] situations, SatisfactionAnswer[] satisfaction, AutonomyReading[] autonomy)
    {
        _sessions.Adopt(sessions);
        _actions.Adopt(actions);
        _decisions.Adopt(decisions);
        _situations.Adopt(situations);
        _satisfaction.Adopt(satisfaction);
        _autonomy.Adopt(autonomy);
        return this;
    }

    /// <summary>
    /// Takes the session and action facts a projection wrote, each array the builder's own from now on (the caller writes
    /// it no more): <see cref="Build"/> hands them to the record without a copy when they are in the order the facts
    /// became known, after the same checks as for facts added one by one. Only into a builder holding none of these kinds.
    /// </summary>
    internal CaseRecordBuilder Adopt(SessionFact[] sessions, ActionFact[] actions)
    {
        _sessions.Adopt(sessions);
        _actions.Adopt(actions);
        return this;
    }

    /// <summary>
    /// Takes the session facts and the actions, already in the record's compact form, that a projection wrote in the order
    /// they became known, each action's agreed-at session named by the place of that session's first fact in
    /// <paramref name="sessions"/>: the record keeps both arrays as they are. Only into a builder holding none of these kinds.
    /// </summary>
    internal CaseRecordBuilder Adopt(SessionFact[] sessions, RecordedAction[] actions)
    {
        _sessions.Adopt(sessions);
        if (_actions.Count != 0)
        {
            throw new InvalidOperationException("Facts are adopted into an empty buffer only.");
        }

        (_recordedActions, _recordedSessions) = (actions, sessions);
        return this;
    }

    /// <summary>
    /// Takes the session facts and the actions, in the record's compact form, that a projection of a long history wrote
    /// in chunks in the order they became known, each action's agreed-at session named by the place of that session's
    /// first fact: the record keeps the chunks as they are. Only into a builder holding none of these kinds.
    /// </summary>
    internal CaseRecordBuilder Adopt(FactChunks<SessionFact> sessions, FactChunks<RecordedAction> actions)
    {
        if (_sessions.Count != 0 || _actions.Count != 0 || _recordedActions is not null)
        {
            throw new InvalidOperationException("Facts are adopted into an empty buffer only.");
        }

        (_longSessions, _longActions) = (sessions, actions);
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

    /// <summary>Checks every fact and lists every problem, each with its field, without building.</summary>
    /// <returns>The problems found, in the order of the record's lists; none when <see cref="Build"/> will succeed.</returns>
    public CaseRecordValidation Validate()
    {
        var problems = new List<CaseRecordProblem>();
        Prepare(problems);
        return new CaseRecordValidation(problems);
    }

    /// <summary>Checks every fact and builds the record.</summary>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A fact is the default value, is known before the intervention opened, refers to a
    /// session or objective the record does not hold, is a follow-up of an intervention still open or recorded before its
    /// closure, a level lies off its scale, or an item goes back from resolved to open (a held session planned again, a reviewed action agreed again, a
    /// resolved option pending again, a held session missed). The parameter name says which, such as <c>sessions[2].KnownAt</c>, counting
    /// facts in the order they became known; the message says how many more problems <see cref="Validate"/> lists.</exception>
    public CaseRecord Build()
    {
        var problems = new List<CaseRecordProblem>(0);
        var arrays = Prepare(problems);
        return problems.Count > 0 ? throw problems[0].ToException(problems.Count - 1) : new CaseRecord(this, arrays);
    }

    private CaseRecordArrays Prepare(List<CaseRecordProblem> problems)
    {
        if (ClosedAt is { } closed && closed < OpenedAt)
        {
            Problem(problems, "closedAt", "case-record.closed-before-opening", "An intervention cannot close before it opened.");
        }

        // A long projection's chunks are kept as they are when in order and linked (as a valid history writes them);
        // otherwise they are read as one list like any other.
        if (_longSessions is not null && !(FactList.IsSorted(_longSessions) && FactList.IsSorted(_longActions!) && _links is { } known
            && known.Sessions == _longSessions.Length && known.Actions == _longActions!.Length))
        {
            Unpack();
        }

        var longSessions = _longSessions;
        var longActions = _longActions;
        var sessions = _sessions.ToSortedArray();
        var objectives = _objectives.ToSortedArray();
        var (readings, longReadings) = Sorted(ref _readings, _long?.Readings);
        // A projection's compact actions are kept as they are while the sessions they name by place are those adopted
        // with them, unmoved; otherwise (a fact added since, or out of order) they are read as facts like any others.
        var recorded = _recordedActions is { } r && ReferenceEquals(sessions, _recordedSessions) && FactList.IsSorted(r) ? r : null;
        var actionFacts = recorded is not null || longActions is not null ? null
            : _recordedActions is { } unmoved ? FactList.SortedByKnownAt<ActionFact>(FactList.Unpacked<RecordedAction, ActionFact, SessionFact>(unmoved, _recordedSessions!))
            : _actions.ToSortedArray();
        var (decisions, longDecisions) = Sorted(ref _decisions, _long?.Decisions);
        var (options, longOptions) = Sorted(ref _options, _long?.Options);
        var situations = _situations.ToSortedArray();
        var satisfaction = _satisfaction.ToSortedArray();
        var autonomy = _autonomy.ToSortedArray();
        var (judgements, longJudgements) = Sorted(ref _judgements, _long?.Judgements);
        var contributions = _contributions.ToSortedArray();
        var courses = _courses.ToSortedArray();
        var initialQuestions = _initialQuestions.ToSortedArray();
        var counsellorObjectives = _counsellorObjectives.ToSortedArray();

        Check(problems, longSessions, sessions, "sessions");
        Check(problems, objectives, "objectives");
        Check(problems, longReadings, readings, "readings");
        if (recorded is not null || longActions is not null)
        {
            Check(problems, longActions, recorded ?? [], "actions");
        }
        else
        {
            Check(problems, actionFacts!, "actions");
        }

        Check(problems, longDecisions, decisions, "decisions");
        Check(problems, longOptions, options, "options");
        Check(problems, situations, "situations");
        Check(problems, satisfaction, "satisfaction");
        Check(problems, autonomy, "autonomy");
        Check(problems, longJudgements, judgements, "judgements");
        Check(problems, contributions, "contributions");
        Check(problems, courses, "courses");
        Check(problems, initialQuestions, "initialQuestions");
        Check(problems, counsellorObjectives, "counsellorObjectives");
        if (_scaleProblems is not null)
        {
            problems.AddRange(_scaleProblems);
        }


        // Each reference is looked up in an index of the sessions or objectives, never by a scan: linear in the facts. A
        // projection's links, when they count these very facts, stand for the sessions' index and their next observations.
        var actionCount = longActions?.Length ?? recorded?.Length ?? actionFacts!.Length;
        var links = _links is { } l && l.Sessions == (longSessions?.Length ?? sessions.Length) && l.Actions == actionCount ? l : null;
        var sessionIds = links is null ? FactList.FirstPositions(sessions, SessionOf) : null;
        var objectiveIds = FactList.FirstPositions(objectives, static o => o.Objective);
        var sessionsHeld = new HeldSessions(links, sessions, sessionIds);
        CheckSessions(problems, longJudgements, judgements, "judgements", static j => j.Session, sessionsHeld, "A judgement refers to a session the record does not hold.");

        var recordedReadings = longReadings is null ? Recorded(problems, readings, objectives, objectiveIds) : [];
        var longRecordedReadings = longReadings is null ? null : Recorded(problems, longReadings, objectives, objectiveIds);

        var actions = recorded ?? (longActions is not null ? [] : Recorded(problems, actionFacts!, sessions, links is null ? sessionIds : FactList.FirstPositions(sessions, SessionOf)));

        CheckSessions(problems, longDecisions, decisions, "decisions", static d => d.Session, sessionsHeld, "A decision refers to a session the record does not hold.");

        for (var i = 0; i < situations.Length; i++)
        {
            if (!situations[i].IsFollowUp)
            {
                continue;
            }

            if (ClosedAt is not { } c)
            {
                Problem(problems, Field("situations", i, "MonthsAfterClosure"), "case-record.follow-up-while-open", "A follow-up situation needs a closed intervention: this one is still open.");
            }
            else if (situations[i].KnownAt < c)
            {
                Problem(problems, Field("situations", i, "KnownAt"), "case-record.follow-up-before-closure", "A follow-up situation is recorded before the intervention closed.");
            }
        }

        var sessionNext = links is null ? FactList.NextObservation(sessions, f => f.Session) : links.SessionNext;
        Func<SessionFact, SessionFact, bool> sessionForward = static (a, b) => a.Status == SessionStatus.Planned || (b.Status != SessionStatus.Planned && (a.Status != SessionStatus.Held || b.Status == SessionStatus.Held));
        const string SessionBackwards = "case-record.session-backwards", SessionMessage = "A session held stays held, and one missed or cancelled never becomes planned again.";
        var actionNext = links is null ? FactList.NextObservation(actions, f => f.Action) : links.ActionNext;
        Func<RecordedAction, RecordedAction, bool> actionForward = static (a, b) => a.Status == PlanActionStatus.Agreed || b.Status != PlanActionStatus.Agreed;
        const string ActionBackwards = "case-record.action-backwards", ActionMessage = "A reviewed action cannot become merely agreed again.";
        if (longSessions is not null)
        {
            CheckForward(problems, longSessions, links!.LongSessionNext, "sessions", sessionForward, SessionBackwards, SessionMessage);
            CheckForward(problems, longActions!, links.LongActionNext, "actions", actionForward, ActionBackwards, ActionMessage);
        }
        else
        {
            CheckForward(problems, sessions, sessionNext, "sessions", sessionForward, SessionBackwards, SessionMessage);
            CheckForward(problems, actions, actionNext, "actions", actionForward, ActionBackwards, ActionMessage);
        }

        var optionNext = longOptions is null ? FactList.NextObservation(options, f => f.Label) : FactList.NextObservation(longOptions, f => f.Label);
        Func<OptionFact, OptionFact, bool> optionForward = static (a, b) => !OptionStatuses.IsResolved(a.Status) || OptionStatuses.IsResolved(b.Status);
        if (longOptions is null)
        {
            CheckForward(problems, options, optionNext, "options", optionForward, "case-record.option-backwards", "A resolved option cannot open again.");
        }
        else
        {
            CheckForward(problems, longOptions, optionNext is null ? null : FactChunks<int>.Of(optionNext, longOptions.Shift), "options", optionForward, "case-record.option-backwards", "A resolved option cannot open again.");
        }

        return new CaseRecordArrays
        {
            Sessions = sessions,
            SessionNext = sessionNext,
            LongSessions = longSessions,
            LongSessionNext = links?.LongSessionNext,
            Objectives = objectives,
            ObjectiveNext = FactList.NextObservation(objectives, f => f.Objective),
            ObjectiveReach = problems.Count == 0 ? (longReadings is null ? FactList.FirstReach(objectives, readings) : FactList.FirstReach(objectives, longReadings)) : [],
            Readings = recordedReadings,
            LongReadings = longRecordedReadings,
            Actions = actions,
            ActionNext = actionNext,
            LongActions = longActions,
            LongActionNext = links?.LongActionNext,
            Decisions = decisions,
            LongDecisions = longDecisions,
            Options = options,
            LongOptions = longOptions,
            OptionNext = optionNext,
            Situations = situations,
            Satisfaction = satisfaction,
            Autonomy = autonomy,
            Judgements = judgements,
            LongJudgements = longJudgements,
            Contributions = contributions,
            Courses = courses,
            InitialQuestions = initialQuestions,
            CounsellorObjectives = counsellorObjectives,
        };
    }

    private static string CheckCaseId(string caseId)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var trimmed = caseId.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 200)
        {
            throw new ArgumentException("A case id is between 1 and 200 characters.", nameof(caseId));
        }

        foreach (var ch in trimmed)
        {
            if (char.IsControl(ch))
            {
                throw new ArgumentException("A case id holds no control character.", nameof(caseId));
            }
        }

        return trimmed;
    }

    /// <summary>The same intervention identifier for the same case id: the first 16 bytes of its SHA-256, marked as a name-based GUID.</summary>
    private static InterventionId DeriveIntervention(string caseId)
    {
        const string Prefix = "counselling-case:";
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(Prefix.Length + 200)];
        var written = Encoding.UTF8.GetBytes(Prefix, bytes);
        written += Encoding.UTF8.GetBytes(caseId, bytes[written..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..written], hash);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new InterventionId(new Guid(hash[..16]));
    }

    private static bool HoldsSession(KnownLinks? links, SessionFact[] sessions, Dictionary<SessionId, int>? sessionIds, SessionId session)
        => links?.HoldsSession(session) ?? FactList.FirstPosition(sessions, sessionIds, SessionOf, session) >= 0;

    /// <summary>Adds a record's facts of a kind, from its array or its chunks.</summary>
    private static void AddAll<T>(ref FactBuffer<T> buffer, T[]? facts, FactChunks<T>? chunks)
        where T : struct, IKnownFact
    {
        if (chunks is null)
        {
            buffer.AddRange(facts);
            return;
        }

        buffer.EnsureCapacity(chunks.Length);
        for (var c = 0; c < chunks.ChunkCount; c++)
        {
            buffer.AddRange(chunks.Chunk(c));
        }
    }

    /// <summary>A long kind of evidence's buffer in chunks, about <paramref name="expected"/> facts first, when <paramref name="atMost"/> facts would make an array past one chunk; else <see langword="null"/>.</summary>
    private LongBuffer<T>? Long<T>(int atMost, int expected)
        where T : struct, IKnownFact
    {
        var shift = ChunkShift ?? ChunkLength<T>.Shift;
        return atMost > 1 << shift ? new LongBuffer<T>(expected, shift) : null;
    }

    private CaseRecordBuilder Spill<T>(LongBuffer<T> buffer, in T fact)
        where T : struct, IKnownFact
    {
        buffer.Add(fact);
        return this;
    }

    /// <summary>The facts of a kind, sorted: in chunks as they are when the kind was written in chunks in order, else as one array.</summary>
    private static (T[] Facts, FactChunks<T>? Chunks) Sorted<T>(ref FactBuffer<T> buffer, LongBuffer<T>? spill)
        where T : struct, IKnownFact
    {
        if (spill is null)
        {
            return (buffer.ToSortedArray(), null);
        }

        if (spill.IsSingle)
        {
            // A kind that ended within one chunk: one array, like a kind never written in chunks.
            var one = spill.HandOverSingle();
            return (FactList.IsSorted(one) ? one : FactList.SortedByKnownAt<T>(one), null);
        }

        var chunks = spill.HandOver();
        return FactList.IsSorted(chunks) ? ([], chunks) : (FactList.SortedByKnownAt<T>(chunks.ToArray()), null);
    }

    /// <summary>Lists as a problem each fact naming a session the record does not hold, its place counted in the whole list.</summary>
    private static void CheckSessions<T>(List<CaseRecordProblem> problems, FactChunks<T>? chunks, T[] facts, string list, Func<T, SessionId?> session, HeldSessions held, string message)
    {
        var parts = chunks?.ChunkCount ?? 1;
        for (var c = 0; c < parts; c++)
        {
            ReadOnlySpan<T> part = chunks is null ? facts : chunks.Chunk(c);
            var offset = chunks is null ? 0 : c << chunks.Shift;
            for (var i = 0; i < part.Length; i++)
            {
                if (session(part[i]) is { } at && !HoldsSession(held.Links, held.Sessions, held.Ids, at))
                {
                    Problem(problems, Field(list, offset + i, "Session"), "case-record.unknown-session", message);
                }
            }
        }
    }

    private static SessionId SessionOf(SessionFact fact) => fact.Session;

    /// <summary>The readings in the record's compact form, each objective named by the place of its first fact; a reading of an objective the record does not hold is a problem.</summary>
    private static RecordedReading[] Recorded(List<CaseRecordProblem> problems, IndicatorReading[] readings, ObjectiveFact[] objectives, Dictionary<ObjectiveId, int>? objectiveIds)
    {
        if (readings.Length == 0)
        {
            return [];
        }

        var recorded = GC.AllocateUninitializedArray<RecordedReading>(readings.Length);
        Recorded(problems, readings, 0, recorded, objectives, objectiveIds);
        return recorded;
    }

    /// <summary>The readings written in chunks, in the record's compact form, in chunks of the same length.</summary>
    private static FactChunks<RecordedReading> Recorded(List<CaseRecordProblem> problems, FactChunks<IndicatorReading> readings, ObjectiveFact[] objectives, Dictionary<ObjectiveId, int>? objectiveIds)
    {
        var chunks = new RecordedReading[readings.ChunkCount][];
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = readings.Chunk(c);
            chunks[c] = GC.AllocateUninitializedArray<RecordedReading>(chunk.Length);
            Recorded(problems, chunk, c << readings.Shift, chunks[c], objectives, objectiveIds);
        }

        return new FactChunks<RecordedReading>(chunks, readings.Length, readings.Shift);
    }

    /// <summary>Writes readings in the record's compact form, the first of them at place <paramref name="offset"/> in the list.</summary>
    private static void Recorded(List<CaseRecordProblem> problems, ReadOnlySpan<IndicatorReading> readings, int offset, Span<RecordedReading> recorded, ObjectiveFact[] objectives, Dictionary<ObjectiveId, int>? objectiveIds)
    {
        for (var i = 0; i < readings.Length; i++)
        {
            var at = FactList.FirstPosition(objectives, objectiveIds, static o => o.Objective, readings[i].Objective);
            if (at < 0)
            {
                Problem(problems, Field("readings", offset + i, "Objective"), "case-record.unknown-objective", "An indicator reading refers to an objective the record does not hold.");
            }

            recorded[i] = new RecordedReading(readings[i], at);
        }
    }

    /// <summary>The actions in the record's compact form, each agreed-at session named by the place of its first fact; an action naming a session the record does not hold is a problem.</summary>
    private static RecordedAction[] Recorded(List<CaseRecordProblem> problems, ActionFact[] facts, SessionFact[] sessions, Dictionary<SessionId, int>? sessionIds)
    {
        if (facts.Length == 0)
        {
            return [];
        }

        var recorded = GC.AllocateUninitializedArray<RecordedAction>(facts.Length);
        for (var i = 0; i < facts.Length; i++)
        {
            var at = RecordedAction.NoSession;
            if (facts[i].AgreedAtOrDefault is { IsDefault: false } session && (at = FactList.FirstPosition(sessions, sessionIds, SessionOf, session)) < 0)
            {
                Problem(problems, Field("actions", i, "AgreedAt"), "case-record.unknown-session", "An action refers to a session the record does not hold.");
            }

            recorded[i] = new RecordedAction(facts[i], at);
        }

        return recorded;
    }

    /// <summary>Turns a projection's compact actions back into facts before the builder's sessions or actions change, so the places they hold never go stale.</summary>
    private void Unpack()
    {
        if (_longSessions is { } longSessions)
        {
            // Facts added after a long projection's: its chunks become the builder's lists, and its links are left (they count other facts).
            var sessions = longSessions.ToArray();
            (_recordedActions, _recordedSessions) = (_longActions!.ToArray(), sessions);
            _sessions.Adopt(sessions);
            (_longSessions, _longActions, _links) = (null, null, null);
        }

        if (_recordedActions is { } recorded)
        {
            _actions.Adopt(FactList.Unpacked<RecordedAction, ActionFact, SessionFact>(recorded, _recordedSessions!));
            (_recordedActions, _recordedSessions) = (null, null);
        }
    }

    private static void Problem(List<CaseRecordProblem> problems, string field, string code, string message)
        => problems.Add(new CaseRecordProblem(field, new Reason(code, new ReasonArgument("field", field)), message));

    private static string Field(string list, int index, string member)
        => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{member}");

    private static void CheckForward<T>(List<CaseRecordProblem> problems, T[] facts, int[]? next, string list, Func<T, T, bool> allowed, string code, string message)
    {
        if (next is null)
        {
            return;
        }

        for (var i = 0; i < facts.Length; i++)
        {
            if (next[i] >= 0 && !allowed(facts[i], facts[next[i]]))
            {
                Problem(problems, Field(list, next[i], "Status"), code, message);
            }
        }
    }

    /// <summary>The same check over facts in chunks: each chunk of links beside its chunk of facts, the next observation read through the chunks.</summary>
    private static void CheckForward<T>(List<CaseRecordProblem> problems, FactChunks<T> facts, FactChunks<int>? next, string list, Func<T, T, bool> allowed, string code, string message)
    {
        for (var c = 0; next is not null && c < next.ChunkCount; c++)
        {
            var own = facts.Chunk(c);
            var links = next.Chunk(c);
            for (var i = 0; i < links.Length; i++)
            {
                if (links[i] >= 0 && !allowed(own[i], facts[links[i]]))
                {
                    Problem(problems, Field(list, links[i], "Status"), code, message);
                }
            }
        }
    }


    private ScaleScore? OnScale(string scale, int level, int minimum, int maximum)
    {
        if (maximum > minimum && level >= minimum && level <= maximum)
        {
            return new ScaleScore(level, minimum, maximum);
        }

        // Counted among the facts of the scale in the order they were added, refused ones included: the reader's own order.
        var count = (scale == "satisfaction" ? _satisfaction.Count : _autonomy.Count) + (_scaleProblems?.FindAll(p => p.Scale == scale).Count ?? 0);
        var field = string.Create(CultureInfo.InvariantCulture, $"{scale}(added {count + 1}).Score");
        (_scaleProblems ??= []).Add(maximum > minimum
            ? new CaseRecordProblem(field, new Reason("case-record.off-scale", new ReasonArgument("field", field), new ReasonArgument("scale", scale), new ReasonArgument("minimum", minimum), new ReasonArgument("maximum", maximum)), string.Create(CultureInfo.InvariantCulture, $"A level of the {scale} scale must lie between {minimum} and {maximum}."), scale)
            : new CaseRecordProblem(field, new Reason("case-record.scale-empty", new ReasonArgument("field", field), new ReasonArgument("scale", scale)), "The top of the " + scale + " scale must be greater than its bottom.", scale));
        return null;
    }

    private CaseRecordBuilder Append<T>(ref FactBuffer<T> list, T fact)
        where T : struct, IKnownFact
    {
        list.Add(fact);
        return this;
    }

    /// <summary>Checks the facts of a list: those in chunks when there are, else those of the array.</summary>
    private void Check<T>(List<CaseRecordProblem> problems, FactChunks<T>? chunks, T[] facts, string list)
        where T : struct, IKnownFact
    {
        if (chunks is null)
        {
            Check(problems, facts, 0, list);
            return;
        }

        for (var c = 0; c < chunks.ChunkCount; c++)
        {
            Check(problems, chunks.Chunk(c), c << chunks.Shift, list);
        }
    }

    /// <summary>Checks facts, the first of them at place <paramref name="offset"/> in its list.</summary>
    private void Check<T>(List<CaseRecordProblem> problems, ReadOnlySpan<T> facts, int offset, string list)
        where T : struct, IKnownFact
    {
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].IsDefault)
            {
                Problem(problems, string.Create(CultureInfo.InvariantCulture, $"{list}[{offset + i}]"), "case-record.default-fact", "A fact is the default value: build it with its constructor.");
            }
            else if (facts[i].KnownAt < OpenedAt)
            {
                Problem(problems, Field(list, offset + i, "KnownAt"), "case-record.known-before-opening", "A fact cannot be known before the intervention opened.");
            }
        }
    }

    private void Check<T>(List<CaseRecordProblem> problems, T[] facts, string list)
        where T : struct, IKnownFact
        => Check(problems, facts, 0, list);

    /// <summary>How a fact's session is found among those the record holds: through a projection's links, or the sessions and their index.</summary>
    private readonly record struct HeldSessions(KnownLinks? Links, SessionFact[] Sessions, Dictionary<SessionId, int>? Ids);

    /// <summary>The links a projection made between its facts, and how it tells the sessions it holds.</summary>
    private sealed record KnownLinks(int Sessions, int[]? SessionNext, int Actions, int[]? ActionNext, Func<SessionId, bool> HoldsSession)
    {
        /// <summary>Gets the sessions' links in chunks, for facts a projection wrote in chunks.</summary>
        public FactChunks<int>? LongSessionNext { get; init; }

        /// <summary>Gets the actions' links in chunks, for facts a projection wrote in chunks.</summary>
        public FactChunks<int>? LongActionNext { get; init; }
    }
}

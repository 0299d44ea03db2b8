using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
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
    /// <summary>The mark, in <see cref="_linkParts"/>, of a record that keeps lists in chunks: the engine then reads <see cref="InOne"/>.</summary>
    private const byte Chunked = 0x40;

    private readonly CaseRecordExtras? _extras;

    /// <summary>The links of the sessions, actions, objectives and options held (see <see cref="_linkParts"/>), then the objectives' first reaching readings.</summary>
    private readonly int[] _links;

    /// <summary>Which lists have links in <see cref="_links"/>: those where some item is observed more than once; and <see cref="Chunked"/> when the record keeps lists in chunks.</summary>
    private readonly byte _linkParts;

    /// <summary>The session facts as one array, or <see langword="null"/> when the list is longer than one chunk (then in <see cref="SessionChunks"/>).</summary>
    private readonly SessionFact[]? _sessions;

    /// <summary>The actions as one array, or <see langword="null"/> when the list is longer than one chunk (then in <see cref="ActionChunks"/>).</summary>
    private readonly RecordedAction[]? _actions;

    // The readings, decisions and options as one array each, or null for a list kept in chunks (in _public).
    private readonly RecordedReading[]? _readings;
    private readonly DecisionFact[]? _decisions;
    private readonly OptionFact[]? _options;

    // The optional values kept without a nullable's flag and padding: an identifier is never the default one (the
    // builder refuses it), so the default stands for none; a closure has a defined reason, never 0, so 0 stands for open.
    private readonly ClientId _client;
    private readonly CounsellorId _counsellor;
    private readonly Instant _closedAt;
    private readonly LocalDate _plannedEnd;
    private readonly byte _closureReason;
    private readonly bool _hasPlannedEnd;
    private string? _interventionText;

    /// <summary>The long lists kept in chunks, and the public forms of the lists kept compact or chunked, made on first read (see <see cref="Sessions"/>, <see cref="Actions"/>, <see cref="Readings"/>); none until then for a short record.</summary>
    private PublicForms? _public;

    internal CaseRecord(CaseRecordBuilder b, CaseRecordArrays a)
    {
        Intervention = b.Intervention;
        var judgementChunks = Kept(a.Judgements, a.LongJudgements, b.ChunkShift ?? ChunkLength<JudgementFact>.Shift, out var judgements);
        _extras = CaseRecordExtras.Of(b, a, judgements, judgementChunks);
        Unrecorded = b.Unrecorded | (b.SessionCount is not null && a.Sessions.Length == 0 && a.LongSessions is null ? EvidenceKinds.Sessions : EvidenceKinds.None);
        Zone = b.Zone;
        _client = b.Client ?? default;
        _counsellor = b.Counsellor ?? default;
        Programme = b.Programme;
        Site = b.Site;
        OpenedAt = b.OpenedAt;
        if (b.ClosedAt is { } closedAt)
        {
            _closedAt = closedAt;
            _closureReason = (byte)b.ClosureReason!.Value;
        }

        _plannedEnd = b.PlannedEnd ?? default;
        _hasPlannedEnd = b.PlannedEnd is not null;
        // A list longer than one chunk is kept in chunks, its links beside it; a shorter one as one array, its links joined.
        var sessionChunks = Kept(a.Sessions, a.SessionNext, a.LongSessions, a.LongSessionNext, b.ChunkShift ?? ChunkLength<SessionFact>.Shift, out _sessions, out var sessionNext, out var longSessionNext);
        var actionChunks = Kept(a.Actions, a.ActionNext, a.LongActions, a.LongActionNext, b.ChunkShift ?? ChunkLength<RecordedAction>.Shift, out _actions, out var actionNext, out var longActionNext);
        var readingChunks = Kept(a.Readings, a.LongReadings, b.ChunkShift ?? ChunkLength<RecordedReading>.Shift, out _readings);
        var decisionChunks = Kept(a.Decisions, a.LongDecisions, b.ChunkShift ?? ChunkLength<DecisionFact>.Shift, out _decisions);
        var optionChunks = Kept(a.Options, a.OptionNext, a.LongOptions, null, b.ChunkShift ?? ChunkLength<OptionFact>.Shift, out _options, out var optionNext, out var longOptionNext);
        if (sessionChunks is not null || actionChunks is not null || readingChunks is not null || decisionChunks is not null || optionChunks is not null)
        {
            _public = new PublicForms
            {
                SessionChunks = sessionChunks,
                SessionNext = longSessionNext,
                ActionChunks = actionChunks,
                ActionNext = longActionNext,
                ReadingChunks = readingChunks,
                DecisionChunks = decisionChunks,
                OptionChunks = optionChunks,
                OptionNext = longOptionNext,
            };
        }

        _links = CaseRecordLinks.Join([sessionNext, actionNext, a.ObjectiveNext, optionNext], a.ObjectiveReach, out _linkParts);
        if (_public is not null || judgementChunks is not null)
        {
            _linkParts |= Chunked;
        }
        ObjectiveArray = a.Objectives;
        SituationArray = a.Situations;
        SatisfactionArray = a.Satisfaction;
        AutonomyArray = a.Autonomy;
    }

    /// <summary>Makes the engine's copy of a record that keeps lists in chunks: the same facts, every list in one array.</summary>
    private CaseRecord(CaseRecord chunked)
    {
        var forms = chunked._public;
        Intervention = chunked.Intervention;
        _extras = chunked._extras?.InOne();
        Unrecorded = chunked.Unrecorded;
        Zone = chunked.Zone;
        _client = chunked._client;
        _counsellor = chunked._counsellor;
        Programme = chunked.Programme;
        Site = chunked.Site;
        OpenedAt = chunked.OpenedAt;
        _closedAt = chunked._closedAt;
        _closureReason = chunked._closureReason;
        _plannedEnd = chunked._plannedEnd;
        _hasPlannedEnd = chunked._hasPlannedEnd;
        _sessions = chunked._sessions ?? Flat(ref forms!.Sessions, forms.SessionChunks!);
        _actions = chunked._actions ?? forms!.ActionChunks!.ToArray();
        _readings = chunked._readings ?? forms!.ReadingChunks!.ToArray();
        _decisions = chunked._decisions ?? Flat(ref forms!.Decisions, forms.DecisionChunks!);
        _options = chunked._options ?? Flat(ref forms!.Options, forms.OptionChunks!);
        _links = CaseRecordLinks.Join(
            [
                InOneArray(chunked.SessionNext, forms?.SessionNext),
                InOneArray(chunked.ActionNext, forms?.ActionNext),
                InOneArray(chunked.ObjectiveNext, null),
                InOneArray(chunked.OptionNext, forms?.OptionNext),
            ],
            chunked.ObjectiveReach.ToArray(),
            out _linkParts);
        ObjectiveArray = chunked.ObjectiveArray;
        SituationArray = chunked.SituationArray;
        SatisfactionArray = chunked.SatisfactionArray;
        AutonomyArray = chunked.AutonomyArray;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the case id: the export's own (a string, kept as written) or, for a record projected from an aggregate, the intervention's GUID written <c>D</c>-style. Every per-case row gives it back.</summary>
    public string CaseId => ExportCaseId ?? (_interventionText ??= Intervention.Value.ToString("D", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Gets the agency's code, if any (a grouping key for cohorts drawn from several agencies).</summary>
    public string? Agency => _extras?.Agency;

    /// <summary>Gets how many sessions were held when the source gave only a count, if it did.</summary>
    public int? SessionCount => _extras?.SessionCount;

    /// <summary>
    /// Gets the kinds of evidence the source does not carry for this case: those named with
    /// <see cref="CaseRecordBuilder.NotRecorded"/>, and sessions when they are known only as a count. Criteria reading
    /// them answer unknown unless what is recorded already meets them.
    /// </summary>
    public EvidenceKinds Unrecorded { get; }

    /// <summary>Gets the agency's zone, in which the record's instants become dates: every evaluation of the record reads it.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the client, if the source names one (an export may not).</summary>
    public ClientId? Client => _client.IsDefault ? null : _client;

    /// <summary>Gets the counsellor in charge, if the source names one (an export may not).</summary>
    public CounsellorId? Counsellor => _counsellor.IsDefault ? null : _counsellor;

    /// <summary>Gets the programme's code, such as <c>career-choice</c>.</summary>
    public string Programme { get; }

    /// <summary>Gets the site's code, if any (a grouping key for cohorts).</summary>
    public string? Site { get; }

    /// <summary>Gets when the intervention opened; no evaluation may be asked before.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the intervention closed, if it did.</summary>
    public Instant? ClosedAt => _closureReason != 0 ? _closedAt : null;

    /// <summary>Gets why it closed, if it did.</summary>
    public ClosureReason? ClosureReason => _closureReason != 0 ? (ClosureReason)_closureReason : null;

    /// <summary>Gets the planned end (the programme's time limit), if known: the date criteria that wait for closure expect to resolve.</summary>
    public LocalDate? PlannedEnd => _hasPlannedEnd ? _plannedEnd : null;

    /// <summary>Gets the observations of sessions, in the order they became known.</summary>
    /// <remarks>For a very long record (thousands of observations) the array is made on first read from the record's chunks, then kept: every read gives back the same array, and the record then holds both forms.</remarks>
    public ImmutableArray<SessionFact> Sessions => ImmutableCollectionsMarshal.AsImmutableArray(_sessions ?? Flat(ref _public!.Sessions, _public.SessionChunks!));

    /// <summary>Gets the objectives agreed, in the order they became known.</summary>
    public ImmutableArray<ObjectiveFact> Objectives => ImmutableCollectionsMarshal.AsImmutableArray(ObjectiveArray);

    /// <summary>Gets the indicator readings, in the order they became known.</summary>
    /// <remarks>Made on first read from the record's compact form, then kept: every read gives back the same array.</remarks>
    public ImmutableArray<IndicatorReading> Readings => ImmutableCollectionsMarshal.AsImmutableArray(_public?.Readings ?? PublishReadings());

    /// <summary>Gets the observations of between-session actions, in the order they became known.</summary>
    /// <remarks>Made on first read from the record's compact form, then kept: every read gives back the same array.</remarks>
    public ImmutableArray<ActionFact> Actions => ImmutableCollectionsMarshal.AsImmutableArray(_public?.Actions ?? PublishActions());

    /// <summary>Gets the decisions made, in the order they became known.</summary>
    /// <remarks>For a very long record (thousands of decisions) the array is made on first read from the record's chunks, then kept.</remarks>
    public ImmutableArray<DecisionFact> Decisions => ImmutableCollectionsMarshal.AsImmutableArray(_decisions ?? Flat(ref _public!.Decisions, _public.DecisionChunks!));

    /// <summary>Gets the observations of options (plan A, plan B), in the order they became known.</summary>
    /// <remarks>For a very long record (thousands of observations) the array is made on first read from the record's chunks, then kept.</remarks>
    public ImmutableArray<OptionFact> Options => ImmutableCollectionsMarshal.AsImmutableArray(_options ?? Flat(ref _public!.Options, _public.OptionChunks!));

    /// <summary>Gets the client's situations, during the intervention and at follow-ups, in the order they became known.</summary>
    public ImmutableArray<SituationFact> Situations => ImmutableCollectionsMarshal.AsImmutableArray(SituationArray);

    /// <summary>Gets the satisfaction answers, in the order they became known.</summary>
    public ImmutableArray<SatisfactionAnswer> Satisfaction => ImmutableCollectionsMarshal.AsImmutableArray(SatisfactionArray);

    /// <summary>Gets the autonomy readings, in the order they became known.</summary>
    public ImmutableArray<AutonomyReading> Autonomy => ImmutableCollectionsMarshal.AsImmutableArray(AutonomyArray);

    /// <summary>Gets the judgements of the intervention's success (the counsellor's, the client's, joint), in the order they became known.</summary>
    /// <remarks>For a very long record (thousands of judgements) the array is made on first read from the record's chunks, then kept.</remarks>
    public ImmutableArray<JudgementFact> Judgements => ImmutableCollectionsMarshal.AsImmutableArray(_extras is not { } extras ? [] : extras.Judgements ?? Flat(ref extras.PublishedJudgements, extras.JudgementChunks!));

    /// <summary>Gets the contributions of third parties, in the order they became known.</summary>
    public ImmutableArray<ContributionFact> Contributions => ImmutableCollectionsMarshal.AsImmutableArray(ContributionArray);

    /// <summary>Gets the observations of courses the person entered, in the order they became known.</summary>
    public ImmutableArray<CourseFact> Courses => ImmutableCollectionsMarshal.AsImmutableArray(CourseArray);

    /// <summary>Gets the questions or requests the client came with, in the order they became known.</summary>
    public ImmutableArray<InitialQuestionFact> InitialQuestions => ImmutableCollectionsMarshal.AsImmutableArray(InitialQuestionArray);

    /// <summary>Gets the counsellor's own objectives for the intervention, in the order they became known.</summary>
    public ImmutableArray<CounsellorObjectiveFact> CounsellorObjectives => ImmutableCollectionsMarshal.AsImmutableArray(CounsellorObjectiveArray);

    /// <summary>Gets the earlier intervention this one follows when the client came back, if any: the trajectory's link.</summary>
    public InterventionId? PreviousIntervention => _extras?.PreviousIntervention;

    internal EvidenceKinds DeclaredUnrecorded => _extras?.DeclaredUnrecorded ?? EvidenceKinds.None;

    /// <summary>Gets the export's case id, or <see langword="null"/> for a record identified by its intervention: <see cref="CaseId"/> is then written from the GUID on first read.</summary>
    internal string? ExportCaseId => _extras?.CaseId;

    /// <summary>Gets the session facts in one array, as the engine reads them: <see langword="null"/> for a record that keeps them in <see cref="SessionChunks"/> (the engine reads <see cref="InOne"/>).</summary>
    internal SessionFact[] SessionArray => _sessions!;

    /// <summary>Gets the session facts as one array, or <see langword="null"/> for a record that keeps them in <see cref="SessionChunks"/>.</summary>
    internal SessionFact[]? SessionList => _sessions;

    /// <summary>Gets the session facts in chunks when there are more than one chunk holds, else <see langword="null"/> (<see cref="SessionList"/> holds them).</summary>
    internal FactChunks<SessionFact>? SessionChunks => _public?.SessionChunks;

    /// <summary>Gets, for each session fact in <see cref="SessionChunks"/>, the index of the session's next observation, or -1, in chunks beside the facts' own; <see langword="null"/> when every session is observed once.</summary>
    internal FactChunks<int>? SessionNextChunks => _public?.SessionNext;

    /// <summary>Gets how many session facts the record holds.</summary>
    internal int SessionFactCount => _sessions?.Length ?? _public!.SessionChunks!.Length;

    /// <summary>Gets, for each session fact of <see cref="SessionList"/>, the index of the session's next observation, or -1; empty when every session is observed once (or the facts are in chunks: see <see cref="SessionNextChunks"/>).</summary>
    internal ReadOnlySpan<int> SessionNext => LinksOf(CaseRecordLinks.Sessions, _sessions);

    internal ObjectiveFact[] ObjectiveArray { get; }

    /// <summary>Gets, for each objective fact, the index of the objective's next observation, or -1; empty when every objective is observed once.</summary>
    internal ReadOnlySpan<int> ObjectiveNext => LinksOf(CaseRecordLinks.Objectives, ObjectiveArray);

    /// <summary>Gets, for each objective fact, the index of the first reading that reaches its target, or -1: the reading known first reaches it first.</summary>
    internal ReadOnlySpan<int> ObjectiveReach => new(_links, LinksStart(CaseRecordLinks.Reach), ObjectiveArray.Length);

    /// <summary>Gets the indicator readings in the record's compact form, each objective named by its place in <see cref="ObjectiveArray"/>, in one array as the engine reads them: <see langword="null"/> for a record that keeps them in <see cref="ReadingChunks"/> (the engine reads <see cref="InOne"/>).</summary>
    internal RecordedReading[] ReadingArray => _readings!;

    /// <summary>Gets the readings as one array, or <see langword="null"/> for a record that keeps them in <see cref="ReadingChunks"/>.</summary>
    internal RecordedReading[]? ReadingList => _readings;

    /// <summary>Gets the readings in chunks when there are more than one chunk holds, else <see langword="null"/>.</summary>
    internal FactChunks<RecordedReading>? ReadingChunks => _public?.ReadingChunks;

    /// <summary>Gets the observations of actions in the record's compact form, each agreed-at session named by its place in <see cref="SessionArray"/>, in one array as the engine reads them: <see langword="null"/> for a record that keeps them in <see cref="ActionChunks"/>.</summary>
    internal RecordedAction[] ActionArray => _actions!;

    /// <summary>Gets the actions in the record's compact form as one array, or <see langword="null"/> for a record that keeps them in <see cref="ActionChunks"/>: what the engine walks.</summary>
    internal RecordedAction[]? ActionList => _actions;

    /// <summary>Gets the actions in chunks when there are more than one chunk holds, else <see langword="null"/> (<see cref="ActionList"/> holds them).</summary>
    internal FactChunks<RecordedAction>? ActionChunks => _public?.ActionChunks;

    /// <summary>Gets, for each action in <see cref="ActionChunks"/>, the index of the action's next observation, or -1, in chunks beside the actions' own; <see langword="null"/> when every action is observed once.</summary>
    internal FactChunks<int>? ActionNextChunks => _public?.ActionNext;

    /// <summary>Gets how many action facts the record holds.</summary>
    internal int ActionFactCount => _actions?.Length ?? _public!.ActionChunks!.Length;

    /// <summary>Gets, for each action fact of <see cref="ActionList"/>, the index of the action's next observation, or -1; empty when every action is observed once (or the actions are in chunks: see <see cref="ActionNextChunks"/>).</summary>
    internal ReadOnlySpan<int> ActionNext => LinksOf(CaseRecordLinks.Actions, _actions);

    /// <summary>Gets the decisions in one array as the engine reads them: <see langword="null"/> for a record that keeps them in <see cref="DecisionChunks"/> (the engine reads <see cref="InOne"/>).</summary>
    internal DecisionFact[] DecisionArray => _decisions!;

    /// <summary>Gets the decisions as one array, or <see langword="null"/> for a record that keeps them in <see cref="DecisionChunks"/>.</summary>
    internal DecisionFact[]? DecisionList => _decisions;

    /// <summary>Gets the decisions in chunks when there are more than one chunk holds, else <see langword="null"/>.</summary>
    internal FactChunks<DecisionFact>? DecisionChunks => _public?.DecisionChunks;

    /// <summary>Gets the options in one array as the engine reads them: <see langword="null"/> for a record that keeps them in <see cref="OptionChunks"/> (the engine reads <see cref="InOne"/>).</summary>
    internal OptionFact[] OptionArray => _options!;

    /// <summary>Gets the options as one array, or <see langword="null"/> for a record that keeps them in <see cref="OptionChunks"/>.</summary>
    internal OptionFact[]? OptionList => _options;

    /// <summary>Gets the options in chunks when there are more than one chunk holds, else <see langword="null"/>.</summary>
    internal FactChunks<OptionFact>? OptionChunks => _public?.OptionChunks;

    /// <summary>Gets how many option facts the record holds.</summary>
    internal int OptionCount => _options?.Length ?? _public!.OptionChunks!.Length;

    /// <summary>Gets, for each option fact, the index of the option's next observation, or -1; empty when every option is observed once.</summary>
    internal ReadOnlySpan<int> OptionNext => LinksOf(CaseRecordLinks.Options, _options);

    /// <summary>Gets, for each option fact in <see cref="OptionChunks"/>, the index of the option's next observation, or -1, in chunks beside the options' own; <see langword="null"/> when every option is observed once.</summary>
    internal FactChunks<int>? OptionNextChunks => _public?.OptionNext;

    /// <summary>Gets the joined links, for prefetching.</summary>
    internal int[] Links => _links;

    internal SituationFact[] SituationArray { get; }

    internal SatisfactionAnswer[] SatisfactionArray { get; }

    internal AutonomyReading[] AutonomyArray { get; }

    /// <summary>Gets the judgements in one array as the engine reads them: <see langword="null"/> for a record that keeps them in <see cref="JudgementChunks"/> (the engine reads <see cref="InOne"/>), never an empty stand-in for them.</summary>
    internal JudgementFact[] JudgementArray => _extras is { } extras ? extras.Judgements! : [];

    /// <summary>Gets the judgements as one array, or <see langword="null"/> for a record that keeps them in <see cref="JudgementChunks"/>.</summary>
    internal JudgementFact[]? JudgementList => _extras is { } extras ? extras.Judgements : [];

    /// <summary>Gets the judgements in chunks when there are more than one chunk holds, else <see langword="null"/>.</summary>
    internal FactChunks<JudgementFact>? JudgementChunks => _extras?.JudgementChunks;

    internal ContributionFact[] ContributionArray => _extras?.Contributions ?? [];

    internal CourseFact[] CourseArray => _extras?.Courses ?? [];

    internal InitialQuestionFact[] InitialQuestionArray => _extras?.InitialQuestions ?? [];

    internal CounsellorObjectiveFact[] CounsellorObjectiveArray => _extras?.CounsellorObjectives ?? [];

    /// <summary>The observations of actions in their public form, a new array on each call (a builder's own copy).</summary>
    internal ActionFact[] UnpackActions()
        => _public?.ActionChunks is { } actions ? FactList.Unpacked<RecordedAction, ActionFact, SessionFact>(actions, SessionArrayOrCopy())
            : FactList.Unpacked<RecordedAction, ActionFact, SessionFact>(_actions!, SessionArrayOrCopy());

    /// <summary>The session facts in one array: the record's own, its public form when made, else a new copy (a builder's own, not kept).</summary>
    internal SessionFact[] SessionArrayOrCopy() => _sessions ?? _public!.Sessions ?? _public.SessionChunks!.ToArray();

    /// <summary>The indicator readings in their public form, a new array on each call (a builder's own copy).</summary>
    internal IndicatorReading[] UnpackReadings()
        => _readings is null ? FactList.Unpacked<RecordedReading, IndicatorReading, ObjectiveFact>(_public!.ReadingChunks!, ObjectiveArray)
            : FactList.Unpacked<RecordedReading, IndicatorReading, ObjectiveFact>(_readings, ObjectiveArray);

    /// <summary>Makes a public form once: readers racing here may each make one, and all keep the first published.</summary>
    private static TFact[] Publish<TKept, TFact, TNamed>(ref TFact[]? slot, TKept[] kept, TNamed[] named)
        where TKept : struct, ICompactFact<TFact, TNamed>
        => Interlocked.CompareExchange(ref slot, FactList.Unpacked<TKept, TFact, TNamed>(kept, named), null) ?? slot!;

    private ActionFact[] PublishActions()
        => _actions is null ? _public!.Actions ?? Flat(ref _public.Actions, FactList.Unpacked<RecordedAction, ActionFact, SessionFact>(_public.ActionChunks!, SessionArrayOrCopy()))
            : _actions.Length == 0 ? [] : Publish<RecordedAction, ActionFact, SessionFact>(ref Forms().Actions, _actions, SessionArrayOrCopy());

    /// <summary>
    /// Gets the record as the engine reads it: itself, or for a record that keeps lists in chunks, a copy holding every
    /// list in one array, made on first evaluation and kept (so a long record evaluated holds both forms). The engine's
    /// walks then read one array each, as for every other record: the chunks cost a realistic record nothing.
    /// </summary>
    internal CaseRecord InOne
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (_linkParts & Chunked) == 0 ? this : MakeInOne();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private CaseRecord MakeInOne() => _public?.InOne ?? Flat(ref Forms().InOne, new CaseRecord(this));

    /// <summary>How a list without links is kept: in chunks (returned) when longer than one chunk, else as one array.</summary>
    private static FactChunks<T>? Kept<T>(T[] flat, FactChunks<T>? chunks, int shift, out T[]? array)
        => Kept(flat, null, chunks, null, shift, out array, out _, out _);

    /// <summary>How a list is kept: in chunks (returned, with its links) when longer than one chunk, else as one array with its links to join.</summary>
    private static FactChunks<T>? Kept<T>(T[] flat, int[]? next, FactChunks<T>? chunks, FactChunks<int>? nextChunks, int shift, out T[]? array, out int[]? flatNext, out FactChunks<int>? chunkNext)
    {
        if (chunks is not null && chunks.Length <= 1 << shift)
        {
            (flat, next, chunks) = (chunks.ToArray(), nextChunks?.ToArray() ?? next, null);
        }
        else if (chunks is null && flat.Length > 1 << shift)
        {
            // A long list a builder made as one array: copied into chunks, so the record holds none on the large-object heap.
            chunks = FactChunks<T>.Of(flat, shift);
        }

        if (chunks is not null && nextChunks is null && next is not null)
        {
            nextChunks = FactChunks<int>.Of(next, chunks.Shift);
        }

        (array, flatNext, chunkNext) = chunks is null ? (flat, next, (FactChunks<int>?)null) : ((T[]?)null, (int[]?)null, nextChunks);
        return chunks;
    }

    private IndicatorReading[] PublishReadings()
        => _readings is null ? Flat(ref _public!.Readings, UnpackReadings())
            : _readings.Length == 0 ? [] : Publish<RecordedReading, IndicatorReading, ObjectiveFact>(ref Forms().Readings, _readings, ObjectiveArray);

    /// <summary>A list kept in chunks, in one array made once: readers racing here may each make one, and all keep the first published.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T[] Flat<T>(ref T[]? slot, FactChunks<T> chunks) => slot ?? Flat(ref slot, chunks.ToArray());

    private static T Flat<T>(ref T? slot, T made)
        where T : class
        => Interlocked.CompareExchange(ref slot, made, null) ?? made;

    /// <summary>Links in one array, or <see langword="null"/> for none.</summary>
    private static int[]? InOneArray(ReadOnlySpan<int> links, FactChunks<int>? chunks) => chunks?.ToArray() ?? (links.IsEmpty ? null : links.ToArray());

    private PublicForms Forms() => _public ?? Interlocked.CompareExchange(ref _public, new PublicForms(), null) ?? _public!;

    /// <summary>How many links a list holds in <see cref="_links"/>: one per fact when it has a part there, none otherwise (a list in chunks has none there).</summary>
    private int LinksHeld<T>(int part, T[]? facts) => (_linkParts & part) != 0 ? facts!.Length : 0;

    private ReadOnlySpan<int> LinksOf<T>(int part, T[]? facts) => (_linkParts & part) != 0 ? new(_links, LinksStart(part), facts!.Length) : default;

    /// <summary>Where a part starts in <see cref="_links"/>: after the parts held before it, in their order (sessions, actions, objectives, options, then the reaching readings).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LinksStart(int part)
        => (part > CaseRecordLinks.Sessions ? LinksHeld(CaseRecordLinks.Sessions, _sessions) : 0)
            + (part > CaseRecordLinks.Actions ? LinksHeld(CaseRecordLinks.Actions, _actions) : 0)
            + (part > CaseRecordLinks.Objectives ? LinksHeld(CaseRecordLinks.Objectives, ObjectiveArray) : 0)
            + (part > CaseRecordLinks.Options ? LinksHeld(CaseRecordLinks.Options, _options) : 0);

    /// <summary>Tells whether the intervention was closed as of an instant.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns><see langword="true"/> if it closed at or before <paramref name="asOf"/>.</returns>
    public bool IsClosedAt(Instant asOf) => _closureReason != 0 && _closedAt <= asOf;

    /// <summary>Returns a builder holding every fact of this record, to add evidence and build a new record.</summary>
    /// <returns>A new builder; this record is unchanged.</returns>
    public CaseRecordBuilder ToBuilder() => new(this);

    /// <summary>Returns the intervention's identifier and the number of facts: never personal data.</summary>
    /// <returns>The record as text.</returns>
    public override string ToString()
        => Intervention + " (" + (SessionFactCount + ObjectiveArray.Length + (_readings?.Length ?? _public!.ReadingChunks!.Length) + ActionFactCount
            + (_decisions?.Length ?? _public!.DecisionChunks!.Length) + OptionCount + SituationArray.Length + SatisfactionArray.Length + AutonomyArray.Length
            + (JudgementList?.Length ?? JudgementChunks!.Length) + ContributionArray.Length + CourseArray.Length + InitialQuestionArray.Length + CounsellorObjectiveArray.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) + " facts)";

    /// <summary>The lists a long record keeps in chunks, set when it is made, and the public arrays of the lists the record keeps compact or chunked, each set once when first read.</summary>
    private sealed class PublicForms
    {
        public FactChunks<SessionFact>? SessionChunks;
        public FactChunks<int>? SessionNext;
        public FactChunks<RecordedAction>? ActionChunks;
        public FactChunks<int>? ActionNext;
        public FactChunks<RecordedReading>? ReadingChunks;
        public FactChunks<DecisionFact>? DecisionChunks;
        public FactChunks<OptionFact>? OptionChunks;
        public SessionFact[]? Sessions;
        public FactChunks<int>? OptionNext;
        public CaseRecord? InOne;
        public ActionFact[]? Actions;
        public IndicatorReading[]? Readings;
        public DecisionFact[]? Decisions;
        public OptionFact[]? Options;
    }
}

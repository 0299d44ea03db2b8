namespace Counselling.Core.Evidence;

/// <summary>The sorted, linked fact arrays a <see cref="CaseRecordBuilder"/> hands to a new <see cref="CaseRecord"/>.</summary>
internal sealed class CaseRecordArrays
{
    public required SessionFact[] Sessions { get; init; }

    public required int[]? SessionNext { get; init; }

    /// <summary>The session facts of a projection that wrote them in chunks (then <see cref="Sessions"/> is empty), or <see langword="null"/>.</summary>
    public FactChunks<SessionFact>? LongSessions { get; init; }

    /// <summary>The links of <see cref="LongSessions"/>, in chunks beside them, or <see langword="null"/> when every session is observed once.</summary>
    public FactChunks<int>? LongSessionNext { get; init; }

    public required ObjectiveFact[] Objectives { get; init; }

    public required int[]? ObjectiveNext { get; init; }

    /// <summary>The readings in the record's compact form, each objective named by its place in <see cref="Objectives"/>.</summary>
    public required RecordedReading[] Readings { get; init; }

    /// <summary>The readings of a builder that wrote them in chunks, in the record's compact form (then <see cref="Readings"/> is empty), or <see langword="null"/>.</summary>
    public FactChunks<RecordedReading>? LongReadings { get; init; }

    /// <summary>For each objective fact, the index of the first reading (by known instant) that reaches its target, or -1.</summary>
    public int[] ObjectiveReach { get; init; } = [];

    /// <summary>The actions in the record's compact form, each agreed-at session named by its place in <see cref="Sessions"/>.</summary>
    public required RecordedAction[] Actions { get; init; }

    public required int[]? ActionNext { get; init; }

    /// <summary>The actions of a projection that wrote them in chunks, in the record's compact form (then <see cref="Actions"/> is empty), or <see langword="null"/>.</summary>
    public FactChunks<RecordedAction>? LongActions { get; init; }

    /// <summary>The links of <see cref="LongActions"/>, in chunks beside them, or <see langword="null"/> when every action is observed once.</summary>
    public FactChunks<int>? LongActionNext { get; init; }

    public required DecisionFact[] Decisions { get; init; }

    /// <summary>The decisions of a builder that wrote them in chunks (then <see cref="Decisions"/> is empty), or <see langword="null"/>.</summary>
    public FactChunks<DecisionFact>? LongDecisions { get; init; }

    public required OptionFact[] Options { get; init; }

    /// <summary>The options of a builder that wrote them in chunks (then <see cref="Options"/> is empty), or <see langword="null"/>.</summary>
    public FactChunks<OptionFact>? LongOptions { get; init; }

    public required int[]? OptionNext { get; init; }

    public required SituationFact[] Situations { get; init; }

    public required SatisfactionAnswer[] Satisfaction { get; init; }

    public required AutonomyReading[] Autonomy { get; init; }

    public JudgementFact[] Judgements { get; init; } = [];

    /// <summary>The judgements of a builder that wrote them in chunks (then <see cref="Judgements"/> is empty), or <see langword="null"/>.</summary>
    public FactChunks<JudgementFact>? LongJudgements { get; init; }

    public ContributionFact[] Contributions { get; init; } = [];

    public CourseFact[] Courses { get; init; } = [];

    public InitialQuestionFact[] InitialQuestions { get; init; } = [];

    public CounsellorObjectiveFact[] CounsellorObjectives { get; init; } = [];
}

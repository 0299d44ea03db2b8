using Counselling.Core.Common;

namespace Counselling.Core.Evidence;

/// <summary>
/// What few case records carry, kept apart from the record's own fields: an export's case id and agency, a session
/// count, declared gaps, the earlier intervention, and the fact lists most sources never fill. A record without any
/// of them holds no such object, so the fields the engine reads on every evaluation fit in fewer cache lines.
/// </summary>
internal sealed class CaseRecordExtras
{
    public string? CaseId { get; init; }

    public string? Agency { get; init; }

    public int? SessionCount { get; init; }

    public EvidenceKinds DeclaredUnrecorded { get; init; }

    public InterventionId? PreviousIntervention { get; init; }

    /// <summary>Gets the judgements as one array, or <see langword="null"/> when they are kept in <see cref="JudgementChunks"/>.</summary>
    public JudgementFact[]? Judgements { get; init; } = [];

    /// <summary>Gets the judgements in chunks, when there are more than one chunk holds.</summary>
    public FactChunks<JudgementFact>? JudgementChunks { get; init; }

    /// <summary>The judgements of a record that keeps them in chunks, in one array made on first read, then kept.</summary>
    public JudgementFact[]? PublishedJudgements;

    public ContributionFact[] Contributions { get; init; } = [];

    public CourseFact[] Courses { get; init; } = [];

    public InitialQuestionFact[] InitialQuestions { get; init; } = [];

    public CounsellorObjectiveFact[] CounsellorObjectives { get; init; } = [];

    /// <summary>The same extras, the judgements in one array: for the engine's copy of a record that keeps lists in chunks.</summary>
    public CaseRecordExtras InOne()
        => JudgementChunks is not { } chunks ? this
            : new CaseRecordExtras
            {
                CaseId = CaseId,
                Agency = Agency,
                SessionCount = SessionCount,
                DeclaredUnrecorded = DeclaredUnrecorded,
                PreviousIntervention = PreviousIntervention,
                Judgements = PublishedJudgements ?? chunks.ToArray(),
                Contributions = Contributions,
                Courses = Courses,
                InitialQuestions = InitialQuestions,
                CounsellorObjectives = CounsellorObjectives,
            };

    /// <summary>The extras of a record being built, or <see langword="null"/> when it has none (the usual case).</summary>
    public static CaseRecordExtras? Of(CaseRecordBuilder b, CaseRecordArrays a, JudgementFact[]? judgements, FactChunks<JudgementFact>? judgementChunks)
        => b.CaseId is null && b.Agency is null && b.SessionCount is null && b.Unrecorded == EvidenceKinds.None && b.PreviousIntervention is null
            && judgements is { Length: 0 } && a.Contributions.Length == 0 && a.Courses.Length == 0 && a.InitialQuestions.Length == 0 && a.CounsellorObjectives.Length == 0
            ? null
            : new CaseRecordExtras
            {
                CaseId = b.CaseId,
                Agency = b.Agency,
                SessionCount = b.SessionCount,
                DeclaredUnrecorded = b.Unrecorded,
                PreviousIntervention = b.PreviousIntervention,
                Judgements = judgements,
                JudgementChunks = judgementChunks,
                Contributions = a.Contributions,
                Courses = a.Courses,
                InitialQuestions = a.InitialQuestions,
                CounsellorObjectives = a.CounsellorObjectives,
            };
}

namespace Counselling.Core.Evaluation;

/// <summary>
/// A point of view from which an intervention's success is judged, shown beside the rubric's verdict: "from one point of
/// view, yes… from another, no".
/// </summary>
public enum EvaluationPerspective
{
    /// <summary>The counsellor's own objectives for the intervention, each judged by the criterion it names.</summary>
    CounsellorObjectives = 1,

    /// <summary>The counsellor's own judgement, as recorded.</summary>
    CounsellorJudgement = 2,

    /// <summary>The client's own judgement, as recorded.</summary>
    ClientJudgement = 3,

    /// <summary>The judgement the counsellor and the client reached together in a session.</summary>
    JointEvaluation = 4,

    /// <summary>The strict policy: a success only when the result, the process and the impact are all met.</summary>
    AllAxesMet = 5,
}

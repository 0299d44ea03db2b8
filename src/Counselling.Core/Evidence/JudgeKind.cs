namespace Counselling.Core.Evidence;

/// <summary>Whose judgement of the intervention's success a <see cref="JudgementFact"/> records.</summary>
public enum JudgeKind
{
    /// <summary>The counsellor's own judgement.</summary>
    Counsellor = 1,

    /// <summary>The client's judgement.</summary>
    Client = 2,

    /// <summary>A joint evaluation, held by the counsellor and the client together in a session.</summary>
    Joint = 3,
}

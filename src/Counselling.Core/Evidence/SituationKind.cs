namespace Counselling.Core.Evidence;

/// <summary>The client's situation as recorded during the intervention or at a follow-up.</summary>
public enum SituationKind
{
    /// <summary>In paid employment.</summary>
    Employed = 1,

    /// <summary>Self-employed.</summary>
    SelfEmployed = 2,

    /// <summary>In a course or training that has started.</summary>
    InTraining = 3,

    /// <summary>Looking for work.</summary>
    JobSeeking = 4,

    /// <summary>Neither working, training nor looking (health, family…).</summary>
    Inactive = 5,

    /// <summary>Another situation.</summary>
    Other = 6,
}

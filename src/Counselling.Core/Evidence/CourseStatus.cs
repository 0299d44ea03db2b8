namespace Counselling.Core.Evidence;

/// <summary>Where a course the person entered stands, as a follow-up finds it.</summary>
public enum CourseStatus
{
    /// <summary>The course started and is under way.</summary>
    Started = 1,

    /// <summary>The course was well completed.</summary>
    Completed = 2,

    /// <summary>The person abandoned the course.</summary>
    Abandoned = 3,
}

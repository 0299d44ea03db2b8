namespace Counselling.Core.Evaluation;

/// <summary>The three axes on which an intervention is evaluated (result, process, impact).</summary>
public enum EvaluationAxis
{
    /// <summary>The result: the question answered, a decision made, a course or a job obtained.</summary>
    Result = 1,

    /// <summary>The process: sessions held as planned, activities done, every session ended with something concrete.</summary>
    Process = 2,

    /// <summary>The impact: the client is satisfied, would come back, would recommend, needs less help.</summary>
    Impact = 3,
}

namespace Counselling.Core.Evidence;

/// <summary>What a decision made by the client is about.</summary>
public enum DecisionKind
{
    /// <summary>An occupation chosen (industrial mechanic).</summary>
    Occupation = 1,

    /// <summary>A course or training chosen.</summary>
    Training = 2,

    /// <summary>A job accepted or a job search target chosen.</summary>
    Job = 3,

    /// <summary>A plan chosen among options.</summary>
    Plan = 4,

    /// <summary>Another decision.</summary>
    Other = 5,
}

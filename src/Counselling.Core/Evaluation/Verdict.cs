namespace Counselling.Core.Evaluation;

/// <summary>The overall answer to "was the intervention a success?" under a rubric's <see cref="VerdictPolicy"/>.</summary>
public enum Verdict
{
    /// <summary>A success under the policy.</summary>
    Success = 1,

    /// <summary>Not a success yet, but evidence awaited on a date still to come could make it one, or not.</summary>
    Pending = 2,

    /// <summary>Not a success under the policy, whatever the pending or unknown evidence says.</summary>
    NotSuccessful = 3,

    /// <summary>
    /// Undetermined: what is unknown (no evidence, or overdue) could still make it a success or not, and nothing awaited
    /// could settle it. Never counted as not successful.
    /// </summary>
    Undetermined = 4,
}

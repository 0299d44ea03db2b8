namespace Counselling.Core.Evaluation;

/// <summary>The overall answer to "was the intervention a success?" under a rubric's <see cref="VerdictPolicy"/>.</summary>
public enum Verdict
{
    /// <summary>A success under the policy.</summary>
    Success = 1,

    /// <summary>Not a success yet, but pending evidence could still make it one.</summary>
    Pending = 2,

    /// <summary>Not a success under the policy, whatever the pending evidence says.</summary>
    NotSuccessful = 3,
}

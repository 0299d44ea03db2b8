namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A named business rule of the intervention (<c>&lt;Subject&gt;&lt;Constraint&gt;Rule</c>), as the lifecycle's diagrams
/// and the lists of rules see it: a stable code and a description. What it reads and how it judges is in
/// <see cref="InterventionRule{TInput}"/>.
/// </summary>
internal abstract class InterventionRule
{
    protected InterventionRule(string code, string description)
    {
        Code = code;
        Description = description;
    }

    /// <summary>Gets the stable code of the reason this rule gives when broken.</summary>
    public string Code { get; }

    /// <summary>Gets the guard's description, shown in the lifecycle diagrams.</summary>
    public string Description { get; }

    /// <summary>
    /// Gets a value indicating whether the rule is judged whatever the state (the clock never goes back): it is explained
    /// even when the stage refuses the action, and the diagrams leave it out because it holds for every action.
    /// </summary>
    public virtual bool IsJudgedInEveryState => false;
}

using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A named business rule of the intervention (<c>&lt;Subject&gt;&lt;Constraint&gt;Rule</c>). The same object answers
/// "may I?" (<see cref="IsSatisfied"/>, also the lifecycle's guard) and "why not?" (<see cref="Explain"/>), so the two
/// never disagree. Its <see cref="Description"/> labels the guard in the generated diagrams.
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

    public abstract bool IsSatisfied(Intervention intervention, in ActionContext context);

    public virtual Reason Explain(Intervention intervention, in ActionContext context) => new(Code);

    /// <summary>Adds the reasons this rule is broken: one by default; a rule may detail more (which objective fails which letter).</summary>
    public virtual void ExplainInto(Intervention intervention, in ActionContext context, List<Reason> reasons)
        => reasons.Add(Explain(intervention, in context));
}

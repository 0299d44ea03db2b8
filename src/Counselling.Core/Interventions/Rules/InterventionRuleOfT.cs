using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A named business rule judging one kind of input. The same object answers "may I?" (<see cref="IsSatisfied"/>, also the
/// lifecycle's guard) and "why not?" (<see cref="Explain"/>), so the two never disagree.
/// </summary>
/// <typeparam name="TInput">
/// What the rule reads: one action's input (<see cref="PlanSessionInput"/>), or, for a rule several actions share, an
/// interface of what they have in common (<see cref="ISessionInput"/>) as a constraint on a struct, so a check neither
/// boxes nor allocates.
/// </typeparam>
internal abstract class InterventionRule<TInput> : InterventionRule
    where TInput : struct, IActionInput
{
    protected InterventionRule(string code, string description)
        : base(code, description)
    {
    }

    public abstract bool IsSatisfied(Intervention intervention, in TInput context);

    public virtual Reason Explain(Intervention intervention, in TInput context) => new(Code);

    /// <summary>Adds the reasons this rule is broken: one by default; a rule may detail more (which objective fails which letter).</summary>
    public virtual void ExplainInto(Intervention intervention, in TInput context, List<Reason> reasons)
        => reasons.Add(Explain(intervention, in context));
}

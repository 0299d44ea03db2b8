using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>
/// A named rule of a referral's or a group programme's lifecycle (<c>&lt;Subject&gt;&lt;Constraint&gt;Rule</c>): the same
/// object answers "may I?" (also the machine's guard) and "why not?", and its description labels the guard in diagrams.
/// </summary>
/// <typeparam name="TSubject">The aggregate the rule reads.</typeparam>
internal abstract class LifecycleRule<TSubject>
{
    protected LifecycleRule(string code, string description)
    {
        Code = code;
        Description = description;
    }

    public string Code { get; }

    public string Description { get; }

    public abstract bool IsSatisfied(TSubject subject, in LifecycleAttempt attempt);

    public virtual Reason Explain(TSubject subject, in LifecycleAttempt attempt) => new(Code);
}

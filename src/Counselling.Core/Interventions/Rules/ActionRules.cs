namespace Counselling.Core.Interventions.Rules;

/// <summary>The rules of one action: the checks of its arguments and of the aggregate's data, and its lifecycle guards.</summary>
/// <typeparam name="TInput">The action's input.</typeparam>
internal sealed class ActionRules<TInput>
    where TInput : struct, IActionInput<TInput>
{
    public ActionRules(InterventionRule<TInput>[] checks, InterventionRule<TInput>[] guards)
    {
        Checks = checks;
        Guards = guards;
        Listed = [InterventionRules.ClockMovesForward, .. checks];
    }

    /// <summary>Gets the checks of the action's arguments and of the aggregate's data; the clock's rule is judged before them.</summary>
    public InterventionRule<TInput>[] Checks { get; }

    /// <summary>Gets the lifecycle guards of the action's transition, labelled in the diagrams.</summary>
    public InterventionRule<TInput>[] Guards { get; }

    /// <summary>Gets every check as the diagrams and the guides list them: the clock's rule, then the action's own.</summary>
    public InterventionRule[] Listed { get; }
}

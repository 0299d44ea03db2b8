using System;
using System.Collections.Generic;
using Counselling.Core.Interventions.Rules;

namespace Counselling.Core.Interventions;

/// <summary>
/// The lifecycle's transitions, read once from the Stateless machine that <see cref="Lifecycle.Build"/> configures
/// (the machine the diagrams are drawn from) and frozen into a table: (state, action) → whether the state handles the
/// action, the state it leads to, and the guards that must hold. The aggregate decides with this table, so it pays
/// neither the machine's construction nor its firing, and the table cannot drift from the machine.
/// </summary>
internal static class LifecycleTable
{
    private static readonly int ActionSlots = MaxValue<InterventionAction>() + 1;

    private static readonly Entry[] Entries = Derive();

    /// <summary>Gets whether <paramref name="state"/> handles <paramref name="action"/> at all (guards aside).</summary>
    public static bool Handles(InterventionState state, InterventionAction action) => Find(state, action).Handled;

    /// <summary>Gets the state an action leads to from a state, or <paramref name="state"/> itself for an action that changes no state.</summary>
    public static InterventionState TargetOf(InterventionState state, InterventionAction action) => Find(state, action).Target;

    /// <summary>Gets the guards of the transition taken by an action from a state (empty when the state does not handle it).</summary>
    public static IReadOnlyList<InterventionRule> GuardsOf(InterventionState state, InterventionAction action) => Find(state, action).Guards;

    private static Entry Find(InterventionState state, InterventionAction action)
    {
        var index = ((int)state * ActionSlots) + (int)action;
        return (uint)index < (uint)Entries.Length && (uint)action < (uint)ActionSlots ? Entries[index] : default;
    }

    private static Entry[] Derive()
    {
        var states = Enum.GetValues<InterventionState>();
        var entries = new Entry[(MaxValue<InterventionState>() + 1) * ActionSlots];
        foreach (var state in states)
        {
            foreach (var action in Enum.GetValues<InterventionAction>())
            {
                // A fresh machine in this state, every guard passing: can the state fire the action, and where to?
                var current = state;
                var machine = Lifecycle.Build(() => current, s => current = s, static _ => true, static (_, _) => { });
                if (!machine.CanFire(action))
                {
                    continue;
                }

                machine.Fire(action);
                entries[((int)state * ActionSlots) + (int)action] = new Entry(true, current, InterventionRules.GuardsFor(action));
            }
        }

        return entries;
    }

    private static int MaxValue<T>()
        where T : struct, Enum
    {
        var max = 0;
        foreach (var value in Enum.GetValues<T>())
        {
            max = Math.Max(max, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return max;
    }

    private readonly record struct Entry(bool Handled, InterventionState Target, InterventionRule[]? GuardRules)
    {
        public IReadOnlyList<InterventionRule> Guards => GuardRules ?? [];
    }
}

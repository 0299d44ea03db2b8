using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Rules;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The aggregate decides with a frozen table read from the Stateless machine; the table and a live machine must agree
/// for every state, every action and every outcome of the rules the machine consults.
/// </summary>
public sealed class LifecycleTableTests
{
    [Fact]
    public void Table_AgreesWithALiveStatelessMachine_ForEveryStateActionAndGuardOutcome()
    {
        var compared = 0;
        foreach (var state in Enum.GetValues<InterventionState>())
        {
            foreach (var action in Enum.GetValues<InterventionAction>())
            {
                var rules = InterventionRules.GuardsFor(action).Concat(InterventionRules.ChecksFor(action)).Where(r => r is not ClockMovesForwardRule).Distinct().ToArray();
                for (var mask = 0; mask < 1 << rules.Length; mask++)
                {
                    var outcome = rules.Select((rule, i) => (rule, (mask & (1 << i)) != 0)).ToDictionary(p => p.rule, p => p.Item2);
                    var current = state;
                    var machine = Lifecycle.Build(() => current, s => current = s, rule => outcome.GetValueOrDefault(rule, true), static (_, _) => { });

                    var tableAllows = LifecycleTable.Handles(state, action) && outcome.Values.All(v => v);
                    Assert.True(machine.CanFire(action) == tableAllows, $"{state} {action} mask {mask}");
                    Assert.Equal(LifecycleTable.Handles(state, action), machine.CanFire(action, out var unmet) || unmet is { Count: > 0 });
                    if (tableAllows)
                    {
                        machine.Fire(action);
                        Assert.Equal(LifecycleTable.TargetOf(state, action), current);
                    }

                    compared++;
                }
            }
        }

        Assert.True(compared > 200);
    }

    [Fact]
    public void Table_GivesEachTransitionTheGuardsTheDiagramsLabel()
    {
        var diagram = LifecycleDiagram.Mermaid();
        foreach (var state in Enum.GetValues<InterventionState>())
        {
            foreach (var action in Enum.GetValues<InterventionAction>())
            {
                foreach (var guard in LifecycleTable.GuardsOf(state, action))
                {
                    Assert.Contains(guard.Description, diagram, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void EveryTransition_LeadsToAStage_NeverToASuperstate()
    {
        foreach (var state in Enum.GetValues<InterventionState>())
        {
            foreach (var action in Enum.GetValues<InterventionAction>())
            {
                if (LifecycleTable.Handles(state, action))
                {
                    Assert.True(Enum.IsDefined(LifecycleTable.TargetOf(state, action)), $"{state} {action}");
                }
            }
        }
    }

    [Fact]
    public void TheFlexiblePath_IsInTheTable_SessionsAndActionsOnHold_ActionsInFollowUp_AndBackToActiveHelp()
    {
        Assert.True(LifecycleTable.Handles(InterventionState.OnHold, InterventionAction.RecordSession));
        Assert.True(LifecycleTable.Handles(InterventionState.OnHold, InterventionAction.AgreeAction));
        Assert.True(LifecycleTable.Handles(InterventionState.FollowUp, InterventionAction.AgreeAction));
        Assert.Equal(InterventionState.Active, LifecycleTable.TargetOf(InterventionState.FollowUp, InterventionAction.ResumeActiveHelp));
        Assert.False(LifecycleTable.Handles(InterventionState.Requested, InterventionAction.RecordSession));
        Assert.False(LifecycleTable.Handles(InterventionState.Closed, InterventionAction.RecordSession));
    }

    [Fact]
    public void TheDiagram_DrawsTheSuperstates_AndConfiguresSharedActionsOnce()
    {
        var diagram = LifecycleDiagram.Mermaid();

        Assert.Contains("state Open {", diagram, StringComparison.Ordinal);
        Assert.Contains("state Accompaniment {", diagram, StringComparison.Ordinal);
        Assert.Contains("state ActionPlan {", diagram, StringComparison.Ordinal);
        Assert.Single(diagram.Split('\n'), l => l.Contains(": PlanSession", StringComparison.Ordinal));
        Assert.Single(diagram.Split('\n'), l => l.Contains("--> Closed : Close", StringComparison.Ordinal));
        Assert.Contains("digraph", LifecycleDiagram.Dot(), StringComparison.Ordinal);
    }
}

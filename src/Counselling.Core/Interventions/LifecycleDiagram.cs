using Stateless;
using Stateless.Graph;

namespace Counselling.Core.Interventions;

/// <summary>
/// The intervention lifecycle's diagrams, generated from the state machine itself, every guard labelled with its rule.
/// Superstates (open, accompaniment, action plan) are drawn as nested boxes: an action drawn on a box is allowed in every
/// stage inside it.
/// </summary>
public static class LifecycleDiagram
{
    /// <summary>Writes the lifecycle as a Mermaid state diagram.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string Mermaid() => MermaidGraph.Format(Describe().GetInfo());

    /// <summary>Writes the lifecycle as a Graphviz DOT graph.</summary>
    /// <returns>The DOT text.</returns>
    public static string Dot() => UmlDotGraph.Format(Describe().GetInfo());

    private static StateMachine<LifecycleStage, InterventionAction> Describe()
    {
        var state = InterventionState.Requested;
        return Lifecycle.Build(() => state, s => state = s, static _ => true, static (_, _) => { });
    }
}

using Stateless.Graph;

namespace Counselling.Core.Services;

/// <summary>The group programme lifecycle's diagrams, generated from its state machine, every guard labelled with its rule.</summary>
internal static class GroupProgrammeDiagram
{
    /// <summary>Writes the lifecycle as a Mermaid state diagram.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string Mermaid() => MermaidGraph.Format(GroupProgramme.Describe().GetInfo());

    /// <summary>Writes the lifecycle as a Graphviz DOT graph.</summary>
    /// <returns>The DOT text.</returns>
    public static string Dot() => UmlDotGraph.Format(GroupProgramme.Describe().GetInfo());
}

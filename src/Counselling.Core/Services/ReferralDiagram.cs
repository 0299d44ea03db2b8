using Stateless.Graph;

namespace Counselling.Core.Services;

/// <summary>The referral lifecycle's diagrams, generated from its state machine, every guard labelled with its rule.</summary>
internal static class ReferralDiagram
{
    /// <summary>Writes the lifecycle as a Mermaid state diagram.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string Mermaid() => MermaidGraph.Format(Referral.Describe().GetInfo());

    /// <summary>Writes the lifecycle as a Graphviz DOT graph.</summary>
    /// <returns>The DOT text.</returns>
    public static string Dot() => UmlDotGraph.Format(Referral.Describe().GetInfo());
}

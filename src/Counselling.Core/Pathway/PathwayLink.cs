namespace Counselling.Core.Pathway;

/// <summary>An arrow of the shared pathway, from one node to the next, by their keys.</summary>
/// <param name="From">The key of the node the arrow leaves.</param>
/// <param name="To">The key of the node the arrow reaches.</param>
public sealed record PathwayLink(string From, string To);

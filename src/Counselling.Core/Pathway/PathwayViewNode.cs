using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Pathway;

/// <summary>One node of the shared pathway as a screen shows it: codes to switch on and labels in the culture asked.</summary>
/// <param name="Key">The node's key.</param>
/// <param name="Kind">What the node is.</param>
/// <param name="KindLabel">What the node is, in words.</param>
/// <param name="Text">What it says, as written.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="OwnerLabel">Who does it, in words (<c>personne conseillère</c>, <c>proche (tante)</c>).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="StatusLabel">Where it stands, in words.</param>
/// <param name="ExpectedBy">The date an answer is expected by, if any.</param>
/// <param name="Next">The keys of the nodes it leads to.</param>
public sealed record PathwayViewNode(
    string Key,
    PathwayNodeKind Kind,
    string KindLabel,
    string Text,
    ActorKind Owner,
    string OwnerLabel,
    PathwayNodeStatus Status,
    string StatusLabel,
    LocalDate? ExpectedBy,
    System.Collections.Generic.IReadOnlyList<string> Next)
{
    /// <summary>Gets, for a step a partner organisation provides, the organisation's public name (<see cref="PathwayNode.Provider"/>); otherwise <see langword="null"/>.</summary>
    public string? Provider { get; init; }

    /// <summary>
    /// Gets who does what, in words: the owner (<c>personne accompagnée</c>), or for a step a partner provides, who attends
    /// and who provides (<c>participe : personne accompagnée · assuré par Mobilité Jeunes</c>).
    /// </summary>
    public string WhoDoesWhat { get; init; } = OwnerLabel;
}

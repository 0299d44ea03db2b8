using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;

namespace Counselling.Core.Pathway;

/// <summary>
/// The shared pathway the counsellor and the client look at together: key questions, steps, decisions and options,
/// who does what and where each stands, linked in the order they follow. Options of one decision (plan A, plan B) are
/// pursued at once, each with its own status.
/// </summary>
/// <remarks>
/// Immutable: every change returns a new pathway. Export it with <see cref="PathwayExport"/> as a Mermaid flowchart,
/// a Graphviz graph or plain data for a screen, in French or English.
/// </remarks>
public sealed class SharedPathway
{
    private SharedPathway(ImmutableArray<PathwayNode> nodes, ImmutableArray<PathwayLink> links)
    {
        Nodes = nodes;
        Links = links;
    }

    /// <summary>Gets the empty pathway.</summary>
    public static SharedPathway Empty { get; } = new([], []);

    /// <summary>Gets the nodes, in the order they were added.</summary>
    public ImmutableArray<PathwayNode> Nodes { get; }

    /// <summary>Gets the links, in the order they were added.</summary>
    public ImmutableArray<PathwayLink> Links { get; }

    /// <summary>Gets the node with a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">The pathway has no node with this key.</exception>
    public PathwayNode this[string key] => Nodes[IndexOf(key) is var i and >= 0 ? i : throw new KeyNotFoundException("The pathway has no node with this key.")];

    /// <summary>Adds a node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The new pathway; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A node with the same key is already there.</exception>
    public SharedPathway Add(PathwayNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return IndexOf(node.Key) >= 0
            ? throw new ArgumentException("The pathway already has a node with this key.", nameof(node))
            : new SharedPathway(Nodes.Add(node), Links);
    }

    /// <summary>Adds a node after another one, linked from it.</summary>
    /// <param name="from">The key of the node it follows.</param>
    /// <param name="node">The node.</param>
    /// <returns>The new pathway; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A node with the same key is already there, or <paramref name="from"/> is unknown.</exception>
    public SharedPathway AddAfter(string from, PathwayNode node) => Add(node).Link(from, node.Key);

    /// <summary>Links two nodes.</summary>
    /// <param name="from">The key of the node the arrow leaves.</param>
    /// <param name="to">The key of the node the arrow reaches.</param>
    /// <returns>The new pathway; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is unknown, the two are the same, or the link exists.</exception>
    public SharedPathway Link(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (IndexOf(from) < 0 || IndexOf(to) < 0 || from == to)
        {
            throw new ArgumentException("A link joins two different nodes of the pathway.", IndexOf(from) < 0 ? nameof(from) : nameof(to));
        }

        var link = new PathwayLink(from, to);
        return Links.Contains(link)
            ? throw new ArgumentException("The link exists already.", nameof(to))
            : new SharedPathway(Nodes, Links.Add(link));
    }

    /// <summary>Changes where a node stands.</summary>
    /// <param name="key">The node's key.</param>
    /// <param name="status">Its new status.</param>
    /// <returns>The new pathway; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The pathway has no node with this key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public SharedPathway WithStatus(string key, PathwayNodeStatus status) => Replace(key, n => n with { Status = status });

    /// <summary>Changes who does a node.</summary>
    /// <param name="key">The node's key.</param>
    /// <param name="owner">Who does it now.</param>
    /// <returns>The new pathway; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The pathway has no node with this key.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is the default actor.</exception>
    public SharedPathway WithOwner(string key, Actor owner)
    {
        Guard.Known(owner);
        return Replace(key, n => n with { Owner = owner });
    }

    /// <summary>Gets the nodes a node leads to, in the order of the links.</summary>
    /// <param name="key">The node's key.</param>
    /// <returns>The following nodes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public IEnumerable<PathwayNode> Next(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var link in Links)
        {
            if (link.From == key)
            {
                yield return this[link.To];
            }
        }
    }

    /// <summary>Returns the number of nodes and links: never their text.</summary>
    /// <returns>The pathway as text.</returns>
    public override string ToString() => "pathway(" + Nodes.Length + " nodes, " + Links.Length + " links)";

    internal int IndexOf(string key)
    {
        for (var i = 0; i < Nodes.Length; i++)
        {
            if (Nodes[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private SharedPathway Replace(string key, Func<PathwayNode, PathwayNode> change)
    {
        ArgumentNullException.ThrowIfNull(key);
        var i = IndexOf(key);
        return i < 0 ? throw new KeyNotFoundException("The pathway has no node with this key.") : new SharedPathway(Nodes.SetItem(i, change(Nodes[i])), Links);
    }
}

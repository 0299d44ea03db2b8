using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Pathway;

/// <summary>
/// A node of the shared pathway: a key question, a step, a decision or an option, with who does it and where it stands.
/// </summary>
/// <remarks>Immutable. The text is the words the client and the counsellor chose; it is never translated.</remarks>
public sealed record PathwayNode
{
    private readonly PathwayNodeStatus _status = PathwayNodeStatus.Open;
    private readonly string? _provider;

    /// <summary>Initializes a new node, <see cref="PathwayNodeStatus.Open"/>.</summary>
    /// <param name="key">The node's key in the pathway: letters, digits, dashes and underscores, at most 40 characters.</param>
    /// <param name="kind">What the node is.</param>
    /// <param name="text">What it says, in the words chosen together.</param>
    /// <param name="owner">Who does it (the client, the counsellor, a partner, a relative).</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key, <paramref name="text"/> is blank, or <paramref name="owner"/> is the default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public PathwayNode(string key, PathwayNodeKind kind, string text, Actor owner)
    {
        Guard.NotBlank(key);
        if (key.Length > 40 || key.AsSpan().ContainsAnyExcept(KeyCharacters))
        {
            throw new ArgumentException("A node's key has letters, digits, dashes and underscores only, at most 40 characters.", nameof(key));
        }

        Key = key;
        Kind = Guard.Defined(kind);
        Text = Guard.NotBlank(text).Trim();
        Owner = Guard.Known(owner);
    }

    /// <summary>Gets the node's key in the pathway.</summary>
    public string Key { get; }

    /// <summary>Gets what the node is.</summary>
    public PathwayNodeKind Kind { get; }

    /// <summary>Gets what it says.</summary>
    public string Text { get; }

    /// <summary>Gets who does it.</summary>
    public Actor Owner { get; init; }

    /// <summary>Gets where it stands.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is undefined (on set).</exception>
    public PathwayNodeStatus Status
    {
        get => _status;
        init => _status = Guard.Defined(value, nameof(Status));
    }

    /// <summary>
    /// Gets, for a step a partner organisation provides (a referral to its service), the organisation's public name: the
    /// organisation provides, the <see cref="Owner"/> attends. <see langword="null"/> for a step its owner does alone.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank (on set).</exception>
    public string? Provider
    {
        get => _provider;
        init => _provider = value is null ? null : Guard.NotBlank(value, nameof(Provider)).Trim();
    }

    /// <summary>Gets the date an answer is expected by, for a node that waits on one.</summary>
    public LocalDate? ExpectedBy { get; init; }

    private static System.Buffers.SearchValues<char> KeyCharacters { get; } =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>Returns the key, the kind and the status: never the text, which is the client's words.</summary>
    /// <returns>The node as text.</returns>
    public override string ToString() => Key + " (" + Kind + ", " + Status + ")";
}

using System;
using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>
/// A wish or aspiration the client expressed ("become a sound engineer"), kept beside the objectives: the shared
/// diagnosis negotiates between aspirations and what can be offered, and the objectives are co-defined from the
/// client's wishes and needs.
/// </summary>
/// <remarks>The text is the client's words: it never appears in <see cref="ToString"/> or in exception messages.</remarks>
public sealed record Aspiration
{
    private readonly SessionId? _session;

    /// <summary>Initializes an aspiration.</summary>
    /// <param name="what">The wish, in the client's words.</param>
    /// <param name="expressedBy">The client who expressed it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="what"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="what"/> shows nothing, is longer than <see cref="TextLimits.FreeText"/> or is not valid Unicode, or <paramref name="expressedBy"/> is not a client.
    /// </exception>
    public Aspiration(string what, Actor expressedBy)
    {
        What = Bounds.Required(what, TextLimits.FreeText);
        ExpressedBy = expressedBy.Kind == ActorKind.Client
            ? expressedBy
            : throw new ArgumentException("An aspiration is the client's own.", nameof(expressedBy));
    }

    /// <summary>Gets the wish, in the client's words.</summary>
    [PersonalData]
    public string What { get; }

    /// <summary>Gets the client who expressed it.</summary>
    public Actor ExpressedBy { get; }

    /// <summary>Gets the session where it was expressed, if any.</summary>
    /// <exception cref="ArgumentException">The value is the default identifier (on set).</exception>
    public SessionId? Session
    {
        get => _session;
        init => _session = value is { } id ? Guard.NotDefault(id, nameof(Session)) : null;
    }

    /// <summary>Returns the kind of actor and the session, never the words.</summary>
    /// <returns>The aspiration as text.</returns>
    public override string ToString() => "aspiration (" + ExpressedBy.Kind + (Session is { } s ? ", " + s : string.Empty) + ")";
}

using System;
using System.Globalization;

namespace Counselling.Core.Common;

/// <summary>
/// Who did something: a counsellor, the client, a partner, a relative of the client or the system.
/// Every change to an intervention is attributed to an actor.
/// </summary>
/// <remarks>
/// An actor holds only an opaque reference and, for third parties and the system, a role such as <c>aunt</c> (a <see cref="ThirdPartyRole"/>) or
/// <c>import</c>: never a name. The default value has <see cref="ActorKind.None"/> and is refused by every public entry point.
/// </remarks>
public readonly record struct Actor
{
    private Actor(ActorKind kind, Guid reference, string? role)
    {
        Kind = kind;
        Reference = reference;
        Role = role;
    }

    /// <summary>Gets the kind of actor.</summary>
    public ActorKind Kind { get; }

    /// <summary>
    /// Gets the opaque reference of the actor: the counsellor's, client's or partner's identifier; for a relative,
    /// the identifier of the client they are related to; <see cref="Guid.Empty"/> for the system.
    /// </summary>
    public Guid Reference { get; }

    /// <summary>Gets the role code of a third party (<c>aunt</c>, one of <see cref="ThirdPartyRoleCodes.All"/>) or the component of the system (<c>import</c>); otherwise <see langword="null"/>.</summary>
    public string? Role { get; }

    /// <summary>Gets a value indicating whether this is the default value, which names nobody.</summary>
    public bool IsDefault => Kind == ActorKind.None;

    /// <summary>Creates the actor for a counsellor.</summary>
    /// <param name="counsellor">The counsellor.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="counsellor"/> is the default identifier.</exception>
    public static Actor Counsellor(CounsellorId counsellor) => new(ActorKind.Counsellor, Guard.NotDefault(counsellor).Value, null);

    /// <summary>Creates the actor for a client.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="client"/> is the default identifier.</exception>
    public static Actor Client(ClientId client) => new(ActorKind.Client, Guard.NotDefault(client).Value, null);

    /// <summary>Creates the actor for a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is the default identifier.</exception>
    public static Actor Partner(PartnerId partner) => new(ActorKind.Partner, Guard.NotDefault(partner).Value, null);

    /// <summary>
    /// Creates the actor for someone around a client (a relative, a friend, an employer, a social worker…), named by
    /// their role only: never a name, never a description.
    /// </summary>
    /// <param name="client">The client the third party is around.</param>
    /// <param name="role">The role, such as <see cref="ThirdPartyRole.Aunt"/>; its code becomes <see cref="Role"/>.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="client"/> is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is <see cref="ThirdPartyRole.None"/> or undefined.</exception>
    public static Actor Relative(ClientId client, ThirdPartyRole role)
        => new(ActorKind.Relative, Guard.NotDefault(client).Value, ThirdPartyRoleCodes.ToCode(role));

    /// <summary>Creates the actor for an automated process.</summary>
    /// <param name="component">The component, such as <c>import</c> or <c>scheduler</c>.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="component"/> is blank, longer than <see cref="TextLimits.Code"/> or not valid Unicode.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> is <see langword="null"/>.</exception>
    public static Actor System(string component) => new(ActorKind.System, Guid.Empty, Bounds.Required(component, TextLimits.Code).Trim());

    /// <summary>Returns the kind, the opaque reference and the role: never personal data.</summary>
    /// <returns>The actor as text, such as <c>relative(aunt):…</c>.</returns>
    public override string ToString() => Kind switch
    {
        ActorKind.None => "nobody",
        ActorKind.System => "system(" + Role + ")",
        ActorKind.Relative => "relative(" + Role + "):" + Reference.ToString("D", CultureInfo.InvariantCulture),
        _ => Kind.ToString().ToLowerInvariant() + ":" + Reference.ToString("D", CultureInfo.InvariantCulture),
    };
}

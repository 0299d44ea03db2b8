using System;
using System.Globalization;
using Counselling.Core.Common;

namespace Counselling.Core.Periservice;

/// <summary>
/// Identifies a touchpoint, stably: the intervention, the anchor (the session, the group, or the intervention itself
/// for its closure) and the rule's key. The same inputs always give the same identifier, so a recomputed schedule
/// names the same touchpoints and a host can store what it sent.
/// </summary>
/// <remarks>The default value names nothing and is refused by every public entry point.</remarks>
public readonly record struct TouchpointId : IComparable<TouchpointId>
{
    private const string Prefix = "touchpoint:";

    /// <summary>Initializes a new identifier.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="anchor">The anchor's identifier: a session's, a group's, or the intervention's own for its closure.</param>
    /// <param name="ruleKey">The rule's key.</param>
    /// <exception cref="ArgumentException"><paramref name="intervention"/> is the default identifier, <paramref name="anchor"/> is the empty GUID,
    /// or <paramref name="ruleKey"/> is blank or holds a <c>/</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleKey"/> is <see langword="null"/>.</exception>
    public TouchpointId(InterventionId intervention, Guid anchor, string ruleKey)
    {
        Intervention = Guard.NotDefault(intervention);
        Anchor = Guard.NotEmpty(anchor);
        RuleKey = Guard.NotBlank(ruleKey).Contains('/', StringComparison.Ordinal)
            ? throw new ArgumentException("A rule key holds no '/'.", nameof(ruleKey))
            : ruleKey;
    }

    /// <summary>Initializes an identifier from parts already checked (the scheduler's hot path).</summary>
    internal TouchpointId(InterventionId intervention, Guid anchor, string ruleKey, bool trusted)
    {
        System.Diagnostics.Debug.Assert(trusted, "Only checked parts.");
        Intervention = intervention;
        Anchor = anchor;
        RuleKey = ruleKey;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the anchor's identifier.</summary>
    public Guid Anchor { get; }

    /// <summary>Gets the rule's key.</summary>
    public string RuleKey { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => RuleKey is null;

    /// <summary>Parses an identifier written by <see cref="ToString"/>.</summary>
    /// <param name="text">The text, such as <c>touchpoint:…/…/session.reminder</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an identifier.</exception>
    public static TouchpointId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('/');
        if (parts.Length != 3 || !parts[0].StartsWith(Prefix, StringComparison.Ordinal)
            || !Guid.TryParse(parts[0].AsSpan(Prefix.Length), out var intervention) || intervention == Guid.Empty
            || !Guid.TryParse(parts[1], out var anchor) || anchor == Guid.Empty || string.IsNullOrWhiteSpace(parts[2]))
        {
            throw new FormatException("A touchpoint identifier reads touchpoint:<intervention>/<anchor>/<rule>.");
        }

        return new TouchpointId(new InterventionId(intervention), anchor, parts[2]);
    }

    /// <inheritdoc />
    public int CompareTo(TouchpointId other)
    {
        var byIntervention = Intervention.CompareTo(other.Intervention);
        if (byIntervention != 0)
        {
            return byIntervention;
        }

        var byAnchor = Anchor.CompareTo(other.Anchor);
        return byAnchor != 0 ? byAnchor : string.CompareOrdinal(RuleKey, other.RuleKey);
    }

    /// <inheritdoc />
    public bool Equals(TouchpointId other)
        => Intervention == other.Intervention && Anchor == other.Anchor && string.Equals(RuleKey, other.RuleKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Intervention, Anchor, RuleKey is null ? 0 : StringComparer.Ordinal.GetHashCode(RuleKey));

    /// <summary>Returns <c>touchpoint:</c>, the intervention's GUID, the anchor's GUID and the rule key, separated by <c>/</c>: opaque, never personal data.</summary>
    /// <returns>The identifier as text.</returns>
    public override string ToString()
        => IsDefault ? Prefix : Prefix + Intervention.Value.ToString("D", CultureInfo.InvariantCulture) + "/" + Anchor.ToString("D", CultureInfo.InvariantCulture) + "/" + RuleKey;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Counselling.Core.Common;

/// <summary>The answer to "may I do this now?": allowed, or refused with every reason.</summary>
/// <remarks>
/// The default value is never "allowed": it is refused with the reason <c>permission.undecided</c>, so a permission
/// nobody computed cannot open a door. Two permissions are equal when both allow, or both refuse for equal reasons.
/// </remarks>
public readonly struct Permission : IEquatable<Permission>
{
    private static readonly ImmutableArray<Reason> Undecided = [new Reason("permission.undecided")];

    private readonly bool _allowed;
    private readonly ImmutableArray<Reason> _reasons;

    private Permission(bool allowed, ImmutableArray<Reason> reasons)
    {
        _allowed = allowed;
        _reasons = reasons;
    }

    /// <summary>Gets the permission that allows an action.</summary>
    public static Permission Allowed { get; } = new(true, []);

    /// <summary>Gets a value indicating whether the action is allowed; <see langword="false"/> for the default value.</summary>
    public bool IsAllowed => _allowed;

    /// <summary>Gets every reason the action is refused; empty when it is allowed; <c>permission.undecided</c> for the default value.</summary>
    public IReadOnlyList<Reason> Reasons => _allowed ? [] : _reasons.IsDefault ? Undecided : _reasons;

    /// <summary>Gets a value indicating whether this is the default value, which no one computed.</summary>
    public bool IsDefault => !_allowed && _reasons.IsDefault;

    /// <summary>Creates a refusal.</summary>
    /// <param name="reasons">The reasons; at least one. They are copied.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is <see langword="null"/>.</exception>
    public static Permission Refused(IReadOnlyList<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var copy = reasons.ToImmutableArray();
        return copy.IsEmpty || copy.Any(r => r is null)
            ? throw new ArgumentException("A refusal has at least one reason, none null.", nameof(reasons))
            : new Permission(false, copy);
    }

    /// <summary>Compares two permissions by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Permission left, Permission right) => left.Equals(right);

    /// <summary>Compares two permissions by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Permission left, Permission right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Permission other) => _allowed == other._allowed && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Permission other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_allowed);
        foreach (var reason in Reasons)
        {
            hash.Add(reason);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns <c>allowed</c> or <c>refused</c> with the reasons' codes.</summary>
    /// <returns>The permission as text.</returns>
    public override string ToString() => IsAllowed ? "allowed" : "refused: " + string.Join("; ", Reasons);
}

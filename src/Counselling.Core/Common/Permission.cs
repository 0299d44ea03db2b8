using System;
using System.Collections.Generic;

namespace Counselling.Core.Common;

/// <summary>The answer to "may I do this now?": allowed, or refused with every reason.</summary>
public readonly record struct Permission
{
    private readonly IReadOnlyList<Reason>? _reasons;

    private Permission(IReadOnlyList<Reason> reasons) => _reasons = reasons;

    /// <summary>Gets the permission that allows an action.</summary>
    public static Permission Allowed => default;

    /// <summary>Gets a value indicating whether the action is allowed.</summary>
    public bool IsAllowed => _reasons is null || _reasons.Count == 0;

    /// <summary>Gets every reason the action is refused; empty when it is allowed.</summary>
    public IReadOnlyList<Reason> Reasons => _reasons ?? Reason.None;

    /// <summary>Creates a refusal.</summary>
    /// <param name="reasons">The reasons; at least one.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is <see langword="null"/>.</exception>
    public static Permission Refused(IReadOnlyList<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return reasons.Count == 0 ? throw new ArgumentException("A refusal has at least one reason.", nameof(reasons)) : new Permission(reasons);
    }

    /// <summary>Returns <c>allowed</c> or <c>refused</c> with the reasons' codes.</summary>
    /// <returns>The permission as text.</returns>
    public override string ToString() => IsAllowed ? "allowed" : "refused: " + string.Join("; ", Reasons);
}

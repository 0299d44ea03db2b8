using System;

using Counselling.Core.Common;
using Counselling.Core.Situation;

namespace Counselling.Core.Objectives;

/// <summary>
/// A barrier that stops the client acting, in a category of the taxonomy, often tied to what matters
/// most to the client: a desired benefit, or a value such as money (the fear of lacking money). Its status follows the
/// work done on it.
/// </summary>
/// <remarks>The texts are the client's words: they never appear in <see cref="ToString"/> or in exception messages.</remarks>
public sealed record Barrier
{
    private readonly BarrierStatus _status;
    private readonly BenefitId? _tiedToBenefit;
    private readonly string? _description;
    private readonly string? _tiedToValue;
    private readonly LifeDomain? _domain;

    /// <summary>Initializes a new barrier, <see cref="BarrierStatus.Identified"/>.</summary>
    /// <param name="id">The barrier's identifier.</param>
    /// <param name="category">The category in the taxonomy; hosts holding codes read them with <see cref="BarrierCategoryCodes.Parse"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a member of <see cref="BarrierCategory"/>.</exception>
    public Barrier(BarrierId id, BarrierCategory category)
    {
        Id = Guard.NotDefault(id);
        Category = Guard.Defined(category);
    }

    /// <summary>Gets the barrier's identifier.</summary>
    public BarrierId Id { get; }

    /// <summary>Gets the category in the taxonomy.</summary>
    public BarrierCategory Category { get; }

    /// <summary>
    /// Gets the life domain of the global situation the barrier belongs to: the one its category belongs to
    /// (<see cref="LifeDomains.Of"/>) unless set, as when a fear of lacking money is worked on as a matter of health.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="LifeDomain"/> (on set).</exception>
    public LifeDomain Domain
    {
        get => _domain ?? LifeDomains.Of(Category);
        init => _domain = Guard.Defined(value, nameof(Domain)) == LifeDomains.Of(Category) ? null : value;
    }

    /// <summary>Gets what the barrier is, in the client's words, if said.</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.FreeText"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public string? Description
    {
        get => _description;
        init => _description = Bounds.Optional(value, TextLimits.FreeText, nameof(Description));
    }

    /// <summary>Gets the desired benefit the barrier is tied to, if any.</summary>
    /// <exception cref="ArgumentException">The value is the default identifier (on set).</exception>
    public BenefitId? TiedToBenefit
    {
        get => _tiedToBenefit;
        init => _tiedToBenefit = value is { } id ? Guard.NotDefault(id, nameof(TiedToBenefit)) : null;
    }

    /// <summary>Gets the value the barrier is tied to, in the client's words (such as money), if any.</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.Label"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public string? TiedToValue
    {
        get => _tiedToValue;
        init => _tiedToValue = Bounds.Optional(value, TextLimits.Label, nameof(TiedToValue));
    }

    /// <summary>Gets where the barrier stands.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="BarrierStatus"/> (on set).</exception>
    public BarrierStatus Status
    {
        get => _status;
        init => _status = Guard.Defined(value, nameof(Status));
    }

    /// <summary>Gets a value indicating whether the barrier still stops the client: not lifted.</summary>
    public bool IsActive => _status != BarrierStatus.Lifted;

    /// <summary>Returns the identifier, the category and the status: never the client's words.</summary>
    /// <returns>The barrier as text, such as <c>barrier:… (finances, Identified)</c>.</returns>
    public override string ToString() => Id + " (" + BarrierCategoryCodes.ToCode(Category) + ", " + _status + ")";
}

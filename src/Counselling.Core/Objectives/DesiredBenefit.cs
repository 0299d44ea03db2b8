using System;
using System.Collections.Immutable;

using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>
/// A desired benefit: what matters to the client and what will keep them acting every day,
/// linked to the objectives it motivates. Fuzzy benefits lead to procrastination.
/// </summary>
/// <remarks>The texts are the client's words: they never appear in <see cref="ToString"/> or in exception messages.</remarks>
public sealed record DesiredBenefit
{
    private readonly ImmutableArray<ObjectiveId> _objectives = [];
    private readonly string? _keepsActing;

    /// <summary>Initializes a new benefit.</summary>
    /// <param name="id">The benefit's identifier.</param>
    /// <param name="whatMatters">What matters to the client ("What matters to you?").</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default identifier, or <paramref name="whatMatters"/> shows nothing, is longer than <see cref="TextLimits.FreeText"/> or is not valid Unicode.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="whatMatters"/> is <see langword="null"/>.</exception>
    public DesiredBenefit(BenefitId id, string whatMatters)
    {
        Id = Guard.NotDefault(id);
        WhatMatters = Bounds.Required(whatMatters, TextLimits.FreeText);
    }

    /// <summary>Gets the benefit's identifier.</summary>
    public BenefitId Id { get; }

    /// <summary>Gets what matters to the client.</summary>
    [PersonalData]
    public string WhatMatters { get; }

    /// <summary>Gets what will keep the client acting every day, if said ("What will keep you acting?").</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.FreeText"/> or not valid Unicode (on set).</exception>
    [PersonalData]
    public string? KeepsActing
    {
        get => _keepsActing;
        init => _keepsActing = Bounds.Optional(value, TextLimits.FreeText, nameof(KeepsActing));
    }

    /// <summary>Gets the objectives this benefit motivates.</summary>
    /// <exception cref="ArgumentException">An identifier is the default value (on set).</exception>
    public ImmutableArray<ObjectiveId> Objectives
    {
        get => _objectives;
        init
        {
            var items = ValueSequences.OrEmpty(value);
            foreach (var id in items)
            {
                Guard.NotDefault(id, nameof(Objectives));
            }

            _objectives = items;
        }
    }

    /// <summary>Gets a value indicating whether this benefit motivates the given objective.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns><see langword="true"/> if linked.</returns>
    public bool Motivates(ObjectiveId objective) => _objectives.Contains(objective);

    /// <inheritdoc />
    public bool Equals(DesiredBenefit? other)
        => other is not null
           && Id == other.Id
           && WhatMatters == other.WhatMatters
           && KeepsActing == other.KeepsActing
           && ValueSequences.Equal(_objectives, other._objectives);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(WhatMatters);
        hash.Add(KeepsActing);
        ValueSequences.AddTo(ref hash, _objectives);
        return hash.ToHashCode();
    }

    /// <summary>Returns the identifier and the number of objectives linked: never the client's words.</summary>
    /// <returns>The benefit as text.</returns>
    public override string ToString() => Id + " (" + _objectives.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " objective(s))";
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>
/// Who may use a service, as an Open Referral (HSDS) service describes it: an age range (<c>minimum_age</c>,
/// <c>maximum_age</c>), the areas it serves (<c>service_areas</c>) and the statuses it is meant for (such as
/// <c>job-seeker</c>, <c>youth</c>, <c>benefits-recipient</c>). Each part left empty means no condition.
/// </summary>
/// <remarks>
/// A client whose age is unknown is not eligible to a service with an age range, nor a client whose area is unknown to
/// one with areas: eligibility is never assumed. Immutable.
/// </remarks>
public sealed record Eligibility
{
    private readonly int? _minimumAge;
    private readonly int? _maximumAge;
    private readonly ImmutableArray<AreaCode> _areas = [];
    private readonly ImmutableArray<string> _statuses = [];

    /// <summary>Gets the eligibility without any condition: anyone may use the service.</summary>
    public static Eligibility Anyone { get; } = new();

    /// <summary>Gets the lowest age accepted, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, above 130 or above <see cref="MaximumAge"/> (on set).</exception>
    public int? MinimumAge
    {
        get => _minimumAge;
        init => _minimumAge = CheckAges(value, _maximumAge, nameof(MinimumAge));
    }

    /// <summary>Gets the highest age accepted, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, above 130 or below <see cref="MinimumAge"/> (on set).</exception>
    public int? MaximumAge
    {
        get => _maximumAge;
        init => _maximumAge = CheckAges(_minimumAge, value, nameof(MaximumAge));
    }

    /// <summary>Gets the areas served; empty when the service serves any area.</summary>
    /// <exception cref="ArgumentException">An area is the default value (on set).</exception>
    public ImmutableArray<AreaCode> Areas
    {
        get => _areas;
        init => _areas = value.IsDefault ? [] : value.Any(a => a.IsDefault)
            ? throw new ArgumentException("An area must not be the default value.", nameof(Areas))
            : [.. value.Distinct()];
    }

    /// <summary>Gets the statuses the service is meant for, in lower case; empty when it is meant for anyone. A client needs one of them.</summary>
    /// <exception cref="ArgumentException">A status is not a valid code (on set).</exception>
    public ImmutableArray<string> Statuses
    {
        get => _statuses;
        init => _statuses = value.IsDefault ? [] : [.. value.Select(s => CatalogueKey.Check(s, nameof(Statuses)).ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Says whether a client may use the service.</summary>
    /// <param name="client">The client.</param>
    /// <returns><see langword="true"/> if every condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    public bool Admits(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (_minimumAge is not null || _maximumAge is not null)
        {
            if (client.Age is not { } age || age < (_minimumAge ?? 0) || age > (_maximumAge ?? int.MaxValue))
            {
                return false;
            }
        }

        if (!_areas.IsEmpty && !InArea(client))
        {
            return false;
        }

        return _statuses.IsEmpty || HasStatus(client);
    }

    /// <summary>Says why a client may not use the service: one reason per condition that fails.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The reasons; empty when the client is eligible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Reason> Explain(ClientProfile client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var reasons = new List<Reason>();
        if (_minimumAge is not null || _maximumAge is not null)
        {
            if (client.Age is not { } age)
            {
                reasons.Add(new Reason(ServicesCodes.AgeUnknown));
            }
            else if (age < (_minimumAge ?? 0))
            {
                reasons.Add(new Reason(ServicesCodes.TooYoung, new ReasonArgument("minimum", _minimumAge!.Value)));
            }
            else if (age > (_maximumAge ?? int.MaxValue))
            {
                reasons.Add(new Reason(ServicesCodes.TooOld, new ReasonArgument("maximum", _maximumAge!.Value)));
            }
        }

        if (!_areas.IsEmpty && !InArea(client))
        {
            reasons.Add(new Reason(ServicesCodes.OutsideArea, new ReasonArgument("areas", string.Join(", ", _areas))));
        }

        if (!_statuses.IsEmpty && !HasStatus(client))
        {
            reasons.Add(new Reason(ServicesCodes.StatusRequired, new ReasonArgument("statuses", string.Join(", ", _statuses))));
        }

        return reasons;
    }

    private static int? CheckAges(int? minimum, int? maximum, string name)
    {
        if (minimum is < 0 or > 130 || maximum is < 0 or > 130 || minimum > maximum)
        {
            throw new ArgumentOutOfRangeException(name, "Ages lie between 0 and 130, the minimum not above the maximum.");
        }

        return name == nameof(MinimumAge) ? minimum : maximum;
    }

    private bool InArea(ClientProfile client)
    {
        if (client.Area is not { } area)
        {
            return false;
        }

        foreach (var served in _areas)
        {
            if (served.Contains(area))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasStatus(ClientProfile client)
    {
        foreach (var status in _statuses)
        {
            if (client.Statuses.Contains(status))
            {
                return true;
            }
        }

        return false;
    }
}

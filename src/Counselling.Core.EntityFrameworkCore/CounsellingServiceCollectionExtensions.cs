using System;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// Registers Counselling.Core in a host's service collection with one call: the clock, the zone provider, the message
/// catalogue, the validators and (with a context type) the event store.
/// </summary>
/// <remarks>
/// Singletons: <see cref="AgencyClock"/>, <see cref="IClock"/>, <see cref="IDateTimeZoneProvider"/> (kept if the host registered its own),
/// <see cref="MessageCatalog"/> (<see cref="MessageCatalog.Default"/>), <see cref="SmartObjectiveValidator"/> (built once
/// for the agency's zone) and <see cref="CounsellingStoreSettings"/>. Scoped, like the host's context:
/// <see cref="InterventionStore"/>. The host registers its context itself (<c>AddDbContext</c>).
/// </remarks>
public static class CounsellingServiceCollectionExtensions
{
    /// <summary>Registers the clock, the zone provider, the message catalogue and the validators (no store).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="agency">The agency's clock (<c>SystemClock.Instance</c> in production), zone provider
    /// (<c>DateTimeZoneProviders.Tzdb</c>) and time zone, in which the validators read dates.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCounselling(this IServiceCollection services, AgencyClock agency)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(agency);
        services.TryAddSingleton(agency);
        services.TryAddSingleton(agency.Clock);
        services.TryAddSingleton(agency.Zones);
        services.TryAddSingleton(MessageCatalog.Default);
        services.TryAddSingleton(provider => new SmartObjectiveValidator(provider.GetRequiredService<AgencyClock>(), provider.GetRequiredService<MessageCatalog>()));
        services.TryAddSingleton(provider => new CounsellingStoreSettings(provider.GetRequiredService<AgencyClock>()));
        return services;
    }

    /// <summary>
    /// Registers the clock, the zone provider, the message catalogue, the validators and the event store over the
    /// host's context <typeparamref name="TContext"/> (whose model has the store's tables).
    /// </summary>
    /// <typeparam name="TContext">The host's context (<see cref="CounsellingDbContext"/> or its own), registered by the host.</typeparam>
    /// <param name="services">The host's services.</param>
    /// <param name="agency">The agency's clock, zone provider and time zone.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddCounselling<TContext>(this IServiceCollection services, AgencyClock agency)
        where TContext : DbContext
    {
        AddCounselling(services, agency);
        services.TryAddScoped(provider => new InterventionStore(provider.GetRequiredService<TContext>(), provider.GetRequiredService<CounsellingStoreSettings>()));
        return services;
    }
}

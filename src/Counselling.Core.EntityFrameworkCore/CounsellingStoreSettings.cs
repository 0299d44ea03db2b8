using System;
using System.Text.Json;
using Counselling.Core.Json;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// What every <see cref="InterventionStore"/> of a host shares: the clock and zones given to rebuilt interventions and the
/// JSON options of Counselling.Core.Json. Build it once (a singleton: the JSON options cache their contracts).
/// </summary>
public sealed class CounsellingStoreSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="clock">The clock that dates the changes of loaded interventions.</param>
    /// <param name="zones">The time-zone provider (the host's, such as <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    public CounsellingStoreSettings(IClock clock, IDateTimeZoneProvider zones)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Zones = zones ?? throw new ArgumentNullException(nameof(zones));
        Json = CounsellingJson.CreateOptions(zones);
    }

    /// <summary>Gets the clock given to loaded interventions.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the time-zone provider.</summary>
    public IDateTimeZoneProvider Zones { get; }

    /// <summary>Gets the JSON options the payloads are written and read with (<see cref="CounsellingJson.CreateOptions"/>).</summary>
    public JsonSerializerOptions Json { get; }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// What every <see cref="InterventionStore"/> of a host shares: the agency's clock given to rebuilt interventions and the
/// JSON options of Counselling.Core.Json. Build it once (a singleton: the JSON options cache their contracts).
/// </summary>
public sealed class CounsellingStoreSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="agency">The agency's clock, which dates the changes of loaded interventions, and its zone provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is <see langword="null"/>.</exception>
    public CounsellingStoreSettings(AgencyClock agency)
    {
        Agency = agency ?? throw new ArgumentNullException(nameof(agency));
        Json = CounsellingJson.CreateOptions(agency.Zones);
    }

    /// <summary>Gets the agency's clock given to loaded interventions.</summary>
    public AgencyClock Agency { get; }

    /// <summary>Gets the time-zone provider.</summary>
    public IDateTimeZoneProvider Zones => Agency.Zones;

    /// <summary>Gets the JSON options the payloads are written and read with (<see cref="CounsellingJson.CreateOptions"/>).</summary>
    public JsonSerializerOptions Json { get; }

    /// <summary>
    /// The query of an intervention's stream, compiled once per model (EF Core runs a compiled query only with the model it
    /// was compiled against; a host may have contexts of several models).
    /// </summary>
    internal ConcurrentDictionary<IModel, Func<DbContext, InterventionId, IAsyncEnumerable<StoredEvent>>> StreamQueries { get; } = new();

    /// <summary>
    /// Reads one payload as <c>JsonSerializer.Deserialize&lt;InterventionEvent&gt;(payload, Json)</c> does, an event in the
    /// written form straight from its bytes; found on first use (the options are read-only from then on).
    /// </summary>
    internal Func<string, InterventionEvent?> ReadEvent => _readEvent ??= CounsellingJson.StoredEventReader(Json);

    private Func<string, InterventionEvent?>? _readEvent;
}

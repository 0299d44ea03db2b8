using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// The one place that knows an intervention's concurrency contract: the version it had when it was loaded (or last
/// saved) by this store, and the events new since then with their positions (1-based, in the stream). Until the
/// aggregate carries that contract itself, it is computed here: the loaded version is <see cref="Intervention.Version"/>
/// at load, the new events are <c>History.Skip(loadedVersion)</c>.
/// </summary>
internal sealed class LoadedVersions
{
    private readonly ConditionalWeakTable<Intervention, StrongBox<int>> _versions = new();

    /// <summary>Remembers the version the intervention has now, as loaded or saved.</summary>
    public void Remember(Intervention intervention) => _versions.AddOrUpdate(intervention, new StrongBox<int>(intervention.Version));

    /// <summary>The version the intervention was loaded at by this store; 0 for an intervention opened and never saved.</summary>
    public int LoadedVersionOf(Intervention intervention) => _versions.TryGetValue(intervention, out var version) ? version.Value : 0;

    /// <summary>The events new since <paramref name="loadedVersion"/>, each with its position in the stream.</summary>
    public static IReadOnlyList<(int Position, InterventionEvent Event)> NewSince(Intervention intervention, int loadedVersion)
        => intervention.History.Skip(loadedVersion).Select((change, index) => (loadedVersion + index + 1, change)).ToList();
}

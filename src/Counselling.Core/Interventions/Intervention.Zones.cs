using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>Time zones by identifier, the agency's own answered without a look-up: every planned session names one.</content>
public sealed partial class Intervention
{
    /// <summary>The zone of an identifier: the agency's own without asking the provider (which locks), any other from the provider, or <see langword="null"/>.</summary>
    private DateTimeZone? ZoneOrNull(string zoneId)
        => string.Equals(zoneId, _opened.ZoneId, System.StringComparison.Ordinal) ? _zone : _zones.GetZoneOrNull(zoneId);
}

using System.Linq;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>Computes an intervention's <see cref="CaseloadEntry"/> from its public state.</summary>
internal static class CaseloadProjection
{
    public static CaseloadEntry Of(Intervention intervention, IDateTimeZoneProvider zones) => new()
    {
        InterventionId = intervention.Id,
        ClientId = intervention.ClientId,
        CounsellorId = intervention.CounsellorId,
        State = intervention.State,
        HoldExpectedBy = intervention.State == InterventionState.OnHold ? intervention.Hold?.ExpectedBy : null,
        NextSessionAt = NextSessionAt(intervention, zones),
        LastChangeAt = intervention.LastChangeAt,
        Version = intervention.Version,
    };

    private static Instant? NextSessionAt(Intervention intervention, IDateTimeZoneProvider zones)
        => intervention.Sessions
            .Where(s => s.Status == SessionStatus.Planned && s.PlannedStart.HasValue && s.ZoneId is not null)
            .Select(s => zones.GetZoneOrNull(s.ZoneId!) is { } zone ? s.PlannedStart!.Value.InZoneLeniently(zone).ToInstant() : (Instant?)null)
            .Where(start => start.HasValue)
            .Min();
}

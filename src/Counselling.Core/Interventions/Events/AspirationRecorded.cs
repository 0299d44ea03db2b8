using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A wish or aspiration the client expressed was recorded, beside the objectives.</summary>
/// <param name="Aspiration">The aspiration, with the client who expressed it.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it: the client, or the counsellor on the client's behalf.</param>
public sealed record AspirationRecorded(Aspiration Aspiration, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.AspirationRecorded;

    /// <inheritdoc/>
    public override Actor ActingParty() => Aspiration?.ExpressedBy is { IsDefault: false } client ? client : By;
}

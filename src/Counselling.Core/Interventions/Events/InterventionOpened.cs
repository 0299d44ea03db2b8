using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The intervention was opened: a client was referred or asked for help. Always the first event of a history.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Client">The client.</param>
/// <param name="Counsellor">The counsellor in charge.</param>
/// <param name="Programme">The programme's rules.</param>
/// <param name="ZoneId">The agency's time zone, used for its dates (deadlines, the programme's end).</param>
/// <param name="Previous">The earlier intervention this one follows when the client comes back, if any.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record InterventionOpened(
    InterventionId Intervention,
    ClientId Client,
    CounsellorId Counsellor,
    ProgrammeSettings Programme,
    string ZoneId,
    InterventionId? Previous,
    Instant At,
    Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.InterventionOpened;
}

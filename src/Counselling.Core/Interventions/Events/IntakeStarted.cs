using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The intake started: the request is heard.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record IntakeStarted(Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.IntakeStarted;
}

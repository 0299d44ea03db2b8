using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The intake was completed; the shared diagnosis starts.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record IntakeCompleted(Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.IntakeCompleted;
}

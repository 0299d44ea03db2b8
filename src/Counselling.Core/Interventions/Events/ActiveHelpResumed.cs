using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A follow-up turned back into active help: the contact after the intervention found the person needs more.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record ActiveHelpResumed(Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.ActiveHelpResumed;
}

using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// An immutable fact in an intervention's history: what happened, when (an <see cref="Instant"/> from the injected clock)
/// and who did it. Events carry ids and values, never the aggregate.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public abstract record InterventionEvent(Instant At, Actor By);

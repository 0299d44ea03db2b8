using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Services;

/// <summary>What a lifecycle rule reads about the action being attempted: who, when, and for whom in a group.</summary>
/// <param name="By">Who attempts it.</param>
/// <param name="Now">When, from the injected clock.</param>
/// <param name="Participant">The participant concerned, for group actions on one participant; otherwise the default value.</param>
internal readonly record struct LifecycleAttempt(Actor By, Instant Now, InterventionId Participant);

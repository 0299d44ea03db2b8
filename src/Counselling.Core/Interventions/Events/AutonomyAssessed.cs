using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The client's autonomy was assessed (at intake, along the way, at closure).</summary>
/// <param name="Fact">The fact, with the instant it became known and its source.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record AutonomyAssessed(AutonomyReading Fact, Instant At, Actor By) : EvidenceRecorded(At, By);

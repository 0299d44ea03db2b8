using NodaTime;

namespace Counselling.Core.Interventions;

/// <summary>Why an intervention is on hold, since when, and when the outside decision is expected.</summary>
/// <param name="Reason">Why it is on hold.</param>
/// <param name="ExpectedBy">The date the decision or change is expected (the army's answer in six months).</param>
/// <param name="Since">When it was put on hold.</param>
public sealed record Hold(HoldReason Reason, LocalDate ExpectedBy, Instant Since);

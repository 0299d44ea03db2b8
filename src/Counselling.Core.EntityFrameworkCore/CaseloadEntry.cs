using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// The read model of a counsellor's caseload: one row per intervention, kept by <see cref="InterventionStore"/> in the
/// same transaction as the events, so that the first screens (by counsellor, by stage, sessions due, holds overdue) are
/// answered from an index without loading any history.
/// </summary>
/// <remarks>Computed from the aggregate's public state each time events are appended. It holds no personal free text.</remarks>
public sealed class CaseloadEntry
{
    /// <summary>Gets the intervention.</summary>
    public InterventionId InterventionId { get; init; }

    /// <summary>Gets the client accompanied.</summary>
    public ClientId ClientId { get; init; }

    /// <summary>Gets the counsellor in charge.</summary>
    public CounsellorId CounsellorId { get; init; }

    /// <summary>Gets the intervention's stage.</summary>
    public InterventionState State { get; init; }

    /// <summary>Gets the date by which the answer is expected when the intervention is on hold, otherwise <see langword="null"/>.</summary>
    public LocalDate? HoldExpectedBy { get; init; }

    /// <summary>Gets the start of the earliest session still planned (not yet held, missed or cancelled), or <see langword="null"/>.</summary>
    public Instant? NextSessionAt { get; init; }

    /// <summary>Gets when the intervention last changed: the instant of its last event.</summary>
    public Instant LastChangeAt { get; init; }

    /// <summary>Gets the number of events stored for the intervention: its version.</summary>
    public int Version { get; init; }
}

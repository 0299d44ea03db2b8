using System.Runtime.CompilerServices;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>
/// How the engine settles a rule's outcome before counting it, for reports and summaries alike: a pending outcome whose
/// awaited date has passed is overdue, and a criterion that reads what the record does not carry, unless met, is unknown.
/// </summary>
internal static class OutcomeSettling
{
    /// <summary>Gets whether a pending outcome's awaited date has passed as of <paramref name="today"/>.</summary>
    /// <param name="status">The outcome's status.</param>
    /// <param name="expectedBy">The date the answer was awaited by, if any.</param>
    /// <param name="today">The as-of date in the record's zone.</param>
    /// <returns>Whether the outcome is overdue rather than pending.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsOverdue(CriterionStatus status, LocalDate? expectedBy, LocalDate today)
        => status == CriterionStatus.Pending && expectedBy is { } expected && expected < today;

    /// <summary>Gets whether an outcome can only be unknown, the record not carrying what its criterion reads.</summary>
    /// <param name="status">The outcome's status, once settled for its date.</param>
    /// <param name="reads">The kinds of evidence the criterion reads.</param>
    /// <param name="unrecorded">The kinds of evidence the record does not carry.</param>
    /// <returns>Whether the outcome is unknown rather than judged short.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnknown(CriterionStatus status, EvidenceKinds reads, EvidenceKinds unrecorded)
        => (unrecorded & reads) != 0 && status != CriterionStatus.Met;
}

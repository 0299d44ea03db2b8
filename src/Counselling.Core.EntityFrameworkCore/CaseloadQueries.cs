using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// The queries of a counsellor's first screens over <see cref="InterventionStore.Caseload"/>; each is answered from an
/// index of the caseload table, without loading any history.
/// </summary>
public static class CaseloadQueries
{
    /// <summary>The interventions a counsellor is in charge of (index on counsellor and stage).</summary>
    /// <param name="caseload">The caseload.</param>
    /// <param name="counsellor">The counsellor.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> is <see langword="null"/>.</exception>
    public static IQueryable<CaseloadEntry> OfCounsellor(this IQueryable<CaseloadEntry> caseload, CounsellorId counsellor)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        return caseload.Where(e => e.CounsellorId == counsellor);
    }

    /// <summary>A counsellor's interventions at a stage (index on counsellor and stage).</summary>
    /// <param name="caseload">The caseload.</param>
    /// <param name="counsellor">The counsellor.</param>
    /// <param name="state">The stage.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> is <see langword="null"/>.</exception>
    public static IQueryable<CaseloadEntry> InStage(this IQueryable<CaseloadEntry> caseload, CounsellorId counsellor, InterventionState state)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        return caseload.Where(e => e.CounsellorId == counsellor && e.State == state);
    }

    /// <summary>
    /// A counsellor's interventions whose next planned session starts in [<paramref name="from"/>, <paramref name="until"/>),
    /// earliest first, such as this week (index on counsellor and next session).
    /// </summary>
    /// <param name="caseload">The caseload.</param>
    /// <param name="counsellor">The counsellor.</param>
    /// <param name="from">The start of the period, included.</param>
    /// <param name="until">The end of the period, excluded.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> is <see langword="null"/>.</exception>
    public static IQueryable<CaseloadEntry> WithSessionDue(this IQueryable<CaseloadEntry> caseload, CounsellorId counsellor, Instant from, Instant until)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        Instant? start = from;
        Instant? end = until;
        return caseload
            .Where(e => e.CounsellorId == counsellor && e.NextSessionAt >= start && e.NextSessionAt < end)
            .OrderBy(e => e.NextSessionAt);
    }

    /// <summary>
    /// A counsellor's interventions on hold whose expected answer is overdue: expected before <paramref name="today"/>,
    /// oldest first (index on counsellor and expected date).
    /// </summary>
    /// <param name="caseload">The caseload.</param>
    /// <param name="counsellor">The counsellor.</param>
    /// <param name="today">Today, in the agency's zone.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> is <see langword="null"/>.</exception>
    public static IQueryable<CaseloadEntry> OnHoldOverdue(this IQueryable<CaseloadEntry> caseload, CounsellorId counsellor, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        LocalDate? day = today;
        return caseload
            .Where(e => e.CounsellorId == counsellor && e.HoldExpectedBy < day)
            .OrderBy(e => e.HoldExpectedBy);
    }
}

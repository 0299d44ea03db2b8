using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;

namespace Counselling.Core.Services;

/// <summary>Aggregates the individual outcomes of a group programme's participants: each keeps an intervention, evaluated on its own.</summary>
public static class GroupOutcomes
{
    /// <summary>Counts attendance and verdicts over participants' results.</summary>
    /// <param name="results">One result per participant.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> holds <see langword="null"/>, or names one intervention twice.</exception>
    public static GroupOutcomeSummary Aggregate(IEnumerable<ParticipantResult> results)
    {
        int participants = 0, completed = 0, dropped = 0, never = 0, unknown = 0, successes = 0, pending = 0, failed = 0, unevaluated = 0;
        var seen = new HashSet<InterventionId>();
        foreach (var result in Guard.NoNulls(results))
        {
            if (!seen.Add(result.Intervention))
            {
                throw new ArgumentException("Each participant's intervention appears once.", nameof(results));
            }

            participants++;
            switch (result.Attendance)
            {
                case Attendance.Completed: completed++; break;
                case Attendance.DroppedOut: dropped++; break;
                case Attendance.NeverCame: never++; break;
                default: unknown++; break;
            }

            switch (result.Verdict)
            {
                case Verdict.Success: successes++; break;
                case Verdict.Pending: pending++; break;
                case Verdict.NotSuccessful: failed++; break;
                default: unevaluated++; break;
            }
        }

        return new GroupOutcomeSummary(participants, completed, dropped, never, unknown, successes, pending, failed, unevaluated);
    }

    /// <summary>
    /// Counts a programme's outcomes from the evaluation reports of its participants' own interventions (for instance
    /// <c>engine.Evaluate(intervention.ToCaseRecord(), asOf)</c> for each). Reports of interventions outside the programme are
    /// not counted, so a host may pass a whole cohort's; a participant without a report counts as not evaluated.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="reports">The reports.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reports"/> holds <see langword="null"/>, or two reports of one participant's intervention.</exception>
    public static GroupOutcomeSummary Of(GroupProgramme programme, IEnumerable<EvaluationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var verdicts = new Dictionary<InterventionId, Verdict>();
        foreach (var report in Guard.NoNulls(reports))
        {
            if (programme.IsEnrolled(report.Intervention) && !verdicts.TryAdd(report.Intervention, report.Verdict))
            {
                throw new ArgumentException("A participant's intervention has one report here.", nameof(reports));
            }
        }

        return Of(programme, id => verdicts.TryGetValue(id, out var verdict) ? verdict : null);
    }

    /// <summary>Counts a programme's outcomes, reading each participant's verdict from the host's evaluations.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="verdictOf">The verdict of a participant's intervention, or <see langword="null"/> if not evaluated.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static GroupOutcomeSummary Of(GroupProgramme programme, Func<InterventionId, Verdict?> verdictOf)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(verdictOf);
        var results = new List<ParticipantResult>(programme.Participants.Count);
        foreach (var participant in programme.Participants)
        {
            results.Add(new ParticipantResult(participant.Intervention, participant.Attendance, verdictOf(participant.Intervention)));
        }

        return Aggregate(results);
    }
}

using System.Collections.Immutable;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Benchmarks.Evaluation;

/// <summary>
/// The rules of the process-and-impact rubric written by hand over the public case record: no rubric, no dispatch, thresholds as
/// constants, UTC dates. The baseline the engine is measured against; its verdicts are checked equal to the engine's.
/// </summary>
public static class HandWrittenEvaluation
{
    public readonly record struct Outcome(CriterionStatus Status, double Score, LocalDate? Expected);

    public readonly record struct Answer(Verdict Verdict, double Score, CriterionStatus Result, CriterionStatus Process, CriterionStatus Impact, LocalDate? ReEvaluateAfter);

    public static Answer Evaluate(CaseRecord record, Instant asOf, LocalDate today)
    {
        var closed = record.ClosedAt is { } c && c <= asOf;
        LocalDate? followUpDue = closed ? record.ClosedAt!.Value.InUtc().Date.PlusMonths(3) : record.PlannedEnd?.PlusMonths(3);

        var objective = Objectives(record, asOf, today);
        var decision = Decision(record, asOf, closed);
        var entered = Entered(record, asOf, today, closed, followUpDue);
        var options = Options(record, asOf);
        var decentJob = DecentJob(record, asOf, today, closed, followUpDue);
        var (held, withOutcome) = Sessions(record, asOf, today);
        var actions = Actions(record, asOf, today);
        var (satisfaction, comeBack) = Satisfaction(record, asOf, today, closed, followUpDue);
        var autonomy = Autonomy(record, asOf, closed);
        if (autonomy.Status is not (CriterionStatus.Met or CriterionStatus.NotApplicable))
        {
            // Autonomy counts only in the intervention's favour: short of met, it is set aside.
            autonomy = new(CriterionStatus.NotApplicable, 0, null);
        }

        var result = Axis(today, objective, decision, entered, options, decentJob, out var rScore, out var rWeight, out var rPending, out var rDate, 5, 0.08);
        var process = Axis(today, held, withOutcome, actions, default, default, out var pScore, out var pWeight, out var pPending, out var pDate, 3);
        var impact = Axis(today, satisfaction, comeBack, autonomy, default, default, out var iScore, out var iWeight, out var iPending, out var iDate, 3);
        var weight = rWeight + pWeight + iWeight;
        var score = weight > 0 ? (rScore + pScore + iScore) / weight : 0;

        static bool Met(CriterionStatus s) => s is CriterionStatus.Met or CriterionStatus.NotApplicable;
        static bool Short(CriterionStatus s) => s is CriterionStatus.NotMet or CriterionStatus.PartlyMet;
        var verdict = Met(process) && Met(impact) ? Verdict.Success
            : Short(process) || Short(impact) ? Verdict.NotSuccessful
            : process == CriterionStatus.Pending || impact == CriterionStatus.Pending ? Verdict.Pending
            : Verdict.Undetermined;
        return new Answer(verdict, score, result, process, impact, Earliest(Earliest(rDate, pDate), iDate));
    }

    private static LocalDate? Earliest(LocalDate? a, LocalDate? b) => a is not { } x ? b : b is not { } y ? a : x < y ? x : y;

    private static CriterionStatus Axis(LocalDate today, Outcome a, Outcome b, Outcome c, Outcome d, Outcome e, out double weighted, out double weight, out double pending, out LocalDate? expected, int count, double w = 0.1)
    {
        int met = 0, partly = 0, pend = 0, none = 0, late = 0, na = 0;
        weighted = weight = pending = 0;
        expected = null;
        for (var k = 0; k < count; k++)
        {
            var o = k switch { 0 => a, 1 => b, 2 => c, 3 => d, _ => e };
            if (o.Status == CriterionStatus.Pending && o.Expected < today)
            {
                o = new(CriterionStatus.Overdue, 0, null);
            }

            switch (o.Status)
            {
                case CriterionStatus.NotApplicable: na++; continue;
                case CriterionStatus.Met: met++; break;
                case CriterionStatus.PartlyMet: partly++; break;
                case CriterionStatus.Pending: pend++; pending += w; expected = Earliest(expected, o.Expected); break;
                case CriterionStatus.NoEvidence: none++; break;
                case CriterionStatus.Overdue: late++; break;
            }

            weight += w;
            weighted += w * o.Score;
        }

        var applicable = count - na;
        return applicable == 0 ? CriterionStatus.NotApplicable
            : met == applicable ? CriterionStatus.Met
            : met + pend + none + late < applicable ? (met + partly > 0 ? CriterionStatus.PartlyMet : CriterionStatus.NotMet)
            : pend > 0 ? CriterionStatus.Pending
            : late > 0 ? CriterionStatus.Overdue
            : CriterionStatus.NoEvidence;
    }

    private static Outcome Share(int succeeded, int total, double threshold)
    {
        var share = (double)succeeded / total;
        return new(succeeded == total || share >= threshold ? CriterionStatus.Met : succeeded > 0 ? CriterionStatus.PartlyMet : CriterionStatus.NotMet, share, null);
    }

    private static Outcome Await(bool closed, LocalDate? due, LocalDate today)
        => closed && due < today ? new(CriterionStatus.Overdue, 0, null) : new(CriterionStatus.Pending, 0, due);

    private static Outcome Objectives(CaseRecord record, Instant asOf, LocalDate today)
    {
        var objectives = record.Objectives;
        var readings = record.Readings;
        int total = 0, reached = 0, missed = 0;
        LocalDate? earliest = null;
        for (var i = 0; i < objectives.Length && objectives[i].KnownAt <= asOf; i++)
        {
            var o = objectives[i];
            var superseded = false;
            for (var j = i + 1; j < objectives.Length && objectives[j].KnownAt <= asOf; j++)
            {
                superseded |= objectives[j].Objective == o.Objective;
            }

            if (superseded)
            {
                continue;
            }

            total++;
            var hit = false;
            for (var j = 0; j < readings.Length && readings[j].KnownAt <= asOf && !hit; j++)
            {
                hit = readings[j].Objective == o.Objective && o.IsReachedBy(readings[j].Value);
            }

            if (hit)
            {
                reached++;
            }
            else if (o.Deadline >= today)
            {
                earliest = Earliest(earliest, o.Deadline);
            }
            else
            {
                missed++;
            }
        }

        return total == 0 ? new(CriterionStatus.NoEvidence, 0, null)
            : reached + missed == 0 ? new(CriterionStatus.Pending, 0, earliest)
            : Share(reached, total, 1);
    }

    private static Outcome Decision(CaseRecord record, Instant asOf, bool closed)
    {
        if (record.Decisions.Length > 0 && record.Decisions[0].KnownAt <= asOf)
        {
            return new(CriterionStatus.Met, 1, null);
        }

        var sessions = record.Sessions;
        for (var i = 0; i < sessions.Length && sessions[i].KnownAt <= asOf; i++)
        {
            if (sessions[i].Status == SessionStatus.Held && sessions[i].Has(SessionOutcomeKind.Decision))
            {
                return new(CriterionStatus.Met, 1, null);
            }
        }

        return closed ? new(CriterionStatus.NotMet, 0, null) : new(CriterionStatus.Pending, 0, record.PlannedEnd);
    }

    private static Outcome Entered(CaseRecord record, Instant asOf, LocalDate today, bool closed, LocalDate? due)
    {
        var situations = record.Situations;
        var followUp = false;
        for (var i = 0; i < situations.Length && situations[i].KnownAt <= asOf; i++)
        {
            if (situations[i].IsEmploymentOrTraining)
            {
                return new(CriterionStatus.Met, 1, null);
            }

            followUp |= situations[i].IsFollowUp;
        }

        return followUp ? new(CriterionStatus.NotMet, 0, null) : Await(closed, due, today);
    }

    /// <summary>Decent outcome: the latest course or job known, judged on whether it meets the person's expectations.</summary>
    private static Outcome DecentJob(CaseRecord record, Instant asOf, LocalDate today, bool closed, LocalDate? due)
    {
        var situations = record.Situations;
        var latest = -1;
        for (var i = 0; i < situations.Length && situations[i].KnownAt <= asOf; i++)
        {
            if (situations[i].IsEmploymentOrTraining || situations[i].IsFollowUp)
            {
                latest = i;
            }
        }

        var courses = record.Courses;
        var course = -1;
        for (var i = 0; i < courses.Length && courses[i].KnownAt <= asOf; i++)
        {
            course = i;
        }

        if (course >= 0 && (latest < 0 || courses[course].KnownAt >= situations[latest].KnownAt || situations[latest].Activity == SituationKind.InTraining))
        {
            var c = courses[course];
            return c.Status == CourseStatus.Abandoned || c.MeetsExpectations == false ? new(CriterionStatus.NotMet, 0, null)
                : c.Status == CourseStatus.Completed || c.MeetsExpectations == true ? new(CriterionStatus.Met, 1, null)
                : new(CriterionStatus.NoEvidence, 0, null);
        }

        if (latest < 0)
        {
            return Await(closed, due, today);
        }

        var s = situations[latest];
        return s.Activity == SituationKind.InTraining ? new(CriterionStatus.NoEvidence, 0, null)
            : !s.IsEmploymentOrTraining ? new(CriterionStatus.NotApplicable, 0, null)
            : s.Job?.MeetsExpectations switch
            {
                true => new(CriterionStatus.Met, 1, null),
                false => new(CriterionStatus.NotMet, 0, null),
                null => new(CriterionStatus.NoEvidence, 0, null),
            };
    }

    private static Outcome Options(CaseRecord record, Instant asOf)
    {
        var options = record.Options;
        int total = 0, pending = 0;
        var succeeded = false;
        LocalDate? earliest = null;
        for (var i = 0; i < options.Length && options[i].KnownAt <= asOf; i++)
        {
            var superseded = false;
            for (var j = i + 1; j < options.Length && options[j].KnownAt <= asOf; j++)
            {
                superseded |= options[j].Label == options[i].Label;
            }

            if (superseded)
            {
                continue;
            }

            total++;
            succeeded |= options[i].Status == OptionStatus.Succeeded;
            if (options[i].Status == OptionStatus.Pending)
            {
                pending++;
                earliest = options[i].ExpectedBy is { } e ? Earliest(earliest, e) : earliest;
            }
        }

        return total == 0 ? new(CriterionStatus.NotApplicable, 0, null)
            : succeeded ? new(CriterionStatus.Met, 1, null)
            : pending > 0 ? new(CriterionStatus.Pending, 0, earliest)
            : new(CriterionStatus.NotMet, 0, null);
    }

    private static bool IsCurrent(ImmutableArray<SessionFact> sessions, int i, Instant asOf)
    {
        for (var j = i + 1; j < sessions.Length && sessions[j].KnownAt <= asOf; j++)
        {
            if (sessions[j].Session == sessions[i].Session)
            {
                return false;
            }
        }

        return true;
    }

    private static (Outcome Held, Outcome WithOutcome) Sessions(CaseRecord record, Instant asOf, LocalDate today)
    {
        var sessions = record.Sessions;
        int held = 0, notHeld = 0, all = 0, withOutcome = 0;
        var upcoming = false;
        LocalDate? next = null;
        for (var i = 0; i < sessions.Length && sessions[i].KnownAt <= asOf; i++)
        {
            var s = sessions[i];
            if (!IsCurrent(sessions, i, asOf))
            {
                continue;
            }

            switch (s.Status)
            {
                case SessionStatus.Held:
                    all++;
                    withOutcome += s.HasOutcome ? 1 : 0;
                    held += s.Planned ? 1 : 0;
                    break;
                case SessionStatus.Planned:
                    upcoming = true;
                    next = s.ScheduledOn is { } on && on >= today ? Earliest(next, on) : next;
                    break;
                default:
                    notHeld += s.Planned ? 1 : 0;
                    break;
            }
        }

        var waiting = upcoming ? new Outcome(CriterionStatus.Pending, 0, next) : new Outcome(CriterionStatus.NoEvidence, 0, null);
        return (held + notHeld == 0 ? waiting : Share(held, held + notHeld, 1), all == 0 ? waiting : Share(withOutcome, all, 1));
    }

    private static Outcome Actions(CaseRecord record, Instant asOf, LocalDate today)
    {
        var actions = record.Actions;
        int done = 0, notDone = 0, dropped = 0, agreed = 0;
        for (var i = 0; i < actions.Length && actions[i].KnownAt <= asOf; i++)
        {
            var superseded = false;
            for (var j = i + 1; j < actions.Length && actions[j].KnownAt <= asOf; j++)
            {
                superseded |= actions[j].Action == actions[i].Action;
            }

            if (superseded)
            {
                continue;
            }

            switch (actions[i].Status)
            {
                case PlanActionStatus.Done: done++; break;
                case PlanActionStatus.NotDone: notDone++; break;
                case PlanActionStatus.Dropped: dropped++; break;
                default: agreed++; break;
            }
        }

        if (done + notDone > 0)
        {
            return Share(done, done + notDone, 0.75);
        }

        if (agreed > 0)
        {
            LocalDate? next = null;
            var sessions = record.Sessions;
            for (var i = 0; i < sessions.Length && sessions[i].KnownAt <= asOf; i++)
            {
                if (sessions[i].Status == SessionStatus.Planned && sessions[i].ScheduledOn is { } on && on >= today && IsCurrent(sessions, i, asOf))
                {
                    next = Earliest(next, on);
                }
            }

            return new(CriterionStatus.Pending, 0, next ?? record.PlannedEnd);
        }

        return dropped > 0 ? new(CriterionStatus.NotApplicable, 0, null) : new(CriterionStatus.NoEvidence, 0, null);
    }

    private static (Outcome Satisfaction, Outcome ComeBack) Satisfaction(CaseRecord record, Instant asOf, LocalDate today, bool closed, LocalDate? due)
    {
        var answers = record.Satisfaction;
        int latest = -1, comeBack = -1, recommend = -1;
        for (var i = 0; i < answers.Length && answers[i].KnownAt <= asOf; i++)
        {
            latest = i;
            comeBack = answers[i].WouldComeBack is null ? comeBack : i;
            recommend = answers[i].WouldRecommend is null ? recommend : i;
        }

        var satisfaction = latest < 0 ? Await(closed, due, today)
            : new Outcome(answers[latest].Score.Normalised >= 0.75 ? CriterionStatus.Met : CriterionStatus.NotMet, answers[latest].Score.Normalised, null);
        if (comeBack < 0 && recommend < 0)
        {
            return (satisfaction, Await(closed, due, today));
        }

        var known = (comeBack >= 0 ? 1 : 0) + (recommend >= 0 ? 1 : 0);
        var yes = (comeBack >= 0 && answers[comeBack].WouldComeBack == true ? 1 : 0) + (recommend >= 0 && answers[recommend].WouldRecommend == true ? 1 : 0);
        return (satisfaction, Share(yes, known, 1));
    }

    private static Outcome Autonomy(CaseRecord record, Instant asOf, bool closed)
    {
        var readings = record.Autonomy;
        int intake = -1, closure = -1;
        for (var i = 0; i < readings.Length && readings[i].KnownAt <= asOf; i++)
        {
            if (readings[i].Moment == AssessmentMoment.Intake)
            {
                intake = i;
            }
            else
            {
                closure = i;
            }
        }

        if (intake < 0)
        {
            return new(CriterionStatus.NoEvidence, 0, null);
        }

        if (closure < 0)
        {
            return closed ? new(CriterionStatus.NoEvidence, 0, null) : new(CriterionStatus.Pending, 0, record.PlannedEnd);
        }

        var before = readings[intake].Level.Normalised;
        var after = readings[closure].Level.Normalised;
        return (before >= 1 && after >= 1) || after > before ? new(CriterionStatus.Met, 1, null) : new(CriterionStatus.NotMet, 0, null);
    }
}

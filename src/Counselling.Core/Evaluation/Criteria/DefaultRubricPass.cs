using System;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The eleven criteria of the built-in process-and-impact rubric judged together, in summary mode: each fact array is
/// walked once (the situations and the satisfaction answers serve two criteria each), the date a follow-up is due is
/// computed once, and no rule is called through its base class. The outcomes are exactly those the rules give one by
/// one; an engine uses this for any rubric naming those criteria in that order (weights, axes and thresholds are read
/// from the rubric as usual).
/// </summary>
internal static class DefaultRubricPass
{
    /// <summary>The number of criteria judged.</summary>
    public const int Count = 11;

    /// <summary>Tells whether a rubric's criteria are the eleven this pass judges, in its order.</summary>
    /// <param name="criteria">The rubric's criteria, compiled.</param>
    /// <returns><see langword="true"/> when the pass gives their outcomes.</returns>
    public static bool Fits(CompiledCriterion[] criteria)
        => criteria.Length == Count
            && criteria[0].Rule is ObjectiveReachedRule
            && criteria[1].Rule is DecisionMadeRule
            && criteria[2].Rule is EmploymentOrTrainingEnteredRule
            && criteria[3].Rule is OptionsResolvedRule
            && criteria[4].Rule is DecentJobRule
            && criteria[5].Rule is SessionsHeldAsPlannedRule
            && criteria[6].Rule is SessionsWithOutcomeRule
            && criteria[7].Rule is ActionsDoneRule
            && criteria[8].Rule is SatisfactionRule
            && criteria[9].Rule is ComeBackOrRecommendRule
            && criteria[10].Rule is AutonomyIncreasedRule;

    /// <summary>Judges the eleven criteria of a record as of a moment and counts them, in the rubric's order.</summary>
    /// <param name="record">The record.</param>
    /// <param name="moment">The moment.</param>
    /// <param name="plan">The rubric's criteria as the pass reads them.</param>
    /// <param name="tally">Where the outcomes are counted.</param>
    public static void Judge(CaseRecord record, in EvaluationMoment moment, Plan plan, ref SummaryTally tally)
    {
        var entries = plan.Entries;
        if (entries.Length != Count)
        {
            throw new InvalidOperationException("The pass judges the default rubric's eleven criteria.");
        }

        var awaited = new FollowUp(record, moment, plan.FollowUpMonths);
        tally.Add(entries[0], 0, Objectives(record, moment, plan.Objectives));
        tally.Add(entries[1], 1, Decision(record, moment));
        Situations(record, moment, ref awaited, out var entered, out var decent);
        tally.Add(entries[2], 2, entered);
        tally.Add(entries[3], 3, OptionsResolvedRule.Outcome(record, moment));
        tally.Add(entries[4], 4, decent);
        tally.Add(entries[5], 5, HeldAsPlanned(moment, plan.HeldAsPlanned));
        tally.Add(entries[6], 6, WithOutcome(moment, plan.WithOutcome));
        tally.Add(entries[7], 7, Actions(record, moment, plan.Actions));
        Satisfaction(record, moment, ref awaited, plan.Satisfaction, out var satisfaction, out var comeBackOrRecommend);
        tally.Add(entries[8], 8, satisfaction);
        tally.Add(entries[9], 9, comeBackOrRecommend);
        tally.Add(entries[10], 10, Autonomy(record, moment, plan.Autonomy));
    }

    private static CriterionOutcome Objectives(CaseRecord record, in EvaluationMoment moment, double threshold)
    {
        unchecked
        {
            var objectives = record.ObjectiveArray;
            if (objectives.Length == 0 || !objectives[0].IsKnownBy(moment.Cutoff))
            {
                return CriterionRule.ClosedAsOneOffAdvice(record, moment) ? CriterionOutcome.NotApplicable : CriterionOutcome.NoEvidence;
            }

            var readings = record.ReadingArray;
            var reach = record.ObjectiveReach;
            var next = record.ObjectiveNext;
            var known = KnownFacts.Count(objectives, moment.Cutoff);
            var current = objectives.AsSpan(0, known);
            int total = 0, reached = 0, missed = 0;
            LocalDate? earliest = null;
            for (var i = 0; i < current.Length; i++)
            {
                if (!KnownFacts.IsCurrent(next, i, known))
                {
                    continue;
                }

                total++;
                if (reach[i] is var first and >= 0 && readings[first].IsKnownBy(moment.Cutoff))
                {
                    reached++;
                }
                else if (current[i].Deadline >= moment.Today)
                {
                    earliest = CriterionRule.Min(earliest, current[i].Deadline);
                }
                else
                {
                    missed++;
                }
            }

            return reached + missed == 0 ? CriterionOutcome.Pending(earliest) : CriterionOutcome.FromShare(reached, total, threshold);
        }
    }

    private static CriterionOutcome Decision(CaseRecord record, in EvaluationMoment moment)
    {
        var decisions = record.DecisionArray;
        return (decisions.Length > 0 && decisions[0].IsKnownBy(moment.Cutoff)) || moment.Sessions.DecisionAt >= 0 ? CriterionOutcome.Met
            : moment.IsClosed ? CriterionOutcome.NotMet
            : CriterionOutcome.Pending(record.PlannedEnd);
    }

    /// <summary>Employment or training entered, and the decent outcome: one walk over the situations for both.</summary>
    private static void Situations(CaseRecord record, in EvaluationMoment moment, ref FollowUp awaited, out CriterionOutcome entered, out CriterionOutcome decent)
    {
        unchecked
        {
            var situations = record.SituationArray.AsSpan(0, KnownFacts.Count(record.SituationArray, moment.Cutoff));
            int firstEntered = -1, lastFollowUp = -1, latest = -1;
            for (var i = 0; i < situations.Length; i++)
            {
                ref readonly var s = ref situations[i];
                var isEntered = s.IsEmploymentOrTraining;
                var isFollowUp = s.IsFollowUp;
                if (isEntered && firstEntered < 0)
                {
                    firstEntered = i;
                }

                if (isFollowUp)
                {
                    lastFollowUp = i;
                }

                if (isEntered || isFollowUp)
                {
                    latest = i;
                }
            }

            entered = firstEntered >= 0 ? CriterionOutcome.Met : lastFollowUp >= 0 ? CriterionOutcome.NotMet : awaited.Outcome;

            var courses = record.CourseArray;
            var course = -1;
            for (var i = 0; i < courses.Length && courses[i].KnownAt <= moment.AsOf; i++)
            {
                course = i;
            }

            if (course >= 0 && (latest < 0 || courses[course].KnownAt >= situations[latest].KnownAt || situations[latest].Activity == SituationKind.InTraining))
            {
                decent = DecentJobRule.JudgeCourse(courses[course], moment, null);
                return;
            }

            if (latest < 0)
            {
                decent = awaited.Outcome;
                return;
            }

            ref readonly var last = ref situations[latest];
            decent = last.Activity == SituationKind.InTraining ? CriterionOutcome.NoEvidence
                : !last.IsEmploymentOrTraining ? CriterionOutcome.NotApplicable
                : !last.HasJob ? CriterionOutcome.NoEvidence
                : last.JobOrDefault.MeetsExpectations switch
                {
                    true => CriterionOutcome.Met,
                    false => CriterionOutcome.NotMet,
                    null => CriterionOutcome.NoEvidence,
                };
        }
    }

    private static CriterionOutcome HeldAsPlanned(in EvaluationMoment moment, double threshold)
    {
        var digest = moment.Sessions;
        int held = digest.PlannedHeld, planned = digest.PlannedHeld + digest.PlannedNotHeld;
        return planned > 0 ? CriterionOutcome.FromShare(held, planned, threshold)
            : digest.UnplannedHeld > 0 ? CriterionOutcome.Met
            : digest.AnyUpcoming ? CriterionOutcome.Pending(digest.NextPlannedOn)
            : CriterionOutcome.NoEvidence;
    }

    private static CriterionOutcome WithOutcome(in EvaluationMoment moment, double threshold)
    {
        var digest = moment.Sessions;
        return digest.Held > 0 ? CriterionOutcome.FromShare(digest.WithOutcome, digest.Held, threshold)
            : digest.AnyUpcoming ? CriterionOutcome.Pending(digest.NextPlannedOn)
            : CriterionOutcome.NoEvidence;
    }

    private static CriterionOutcome Actions(CaseRecord record, in EvaluationMoment moment, double threshold)
    {
        var (done, notDone, dropped, agreed) = ActionsDoneRule.Count(record, moment.Cutoff);
        return done + notDone > 0 ? CriterionOutcome.FromShare(done, done + notDone, threshold)
            : agreed > 0 ? CriterionOutcome.Pending(moment.Sessions.NextPlannedOn ?? record.PlannedEnd)
            : dropped > 0 ? CriterionOutcome.NotApplicable
            : CriterionRule.ClosedAsOneOffAdvice(record, moment) ? CriterionOutcome.NotApplicable
            : CriterionOutcome.NoEvidence;
    }

    /// <summary>Satisfaction, and would come back or recommend: one walk over the answers for both.</summary>
    private static void Satisfaction(CaseRecord record, in EvaluationMoment moment, ref FollowUp awaited, double threshold, out CriterionOutcome satisfaction, out CriterionOutcome comeBackOrRecommend)
    {
        unchecked
        {
            var answers = record.SatisfactionArray.AsSpan(0, KnownFacts.Count(record.SatisfactionArray, moment.Cutoff));
            int latest = -1, comeBack = -1, recommend = -1;
            for (var i = 0; i < answers.Length; i++)
            {
                latest = i;
                comeBack = answers[i].WouldComeBack is null ? comeBack : i;
                recommend = answers[i].WouldRecommend is null ? recommend : i;
            }

            if (latest < 0)
            {
                satisfaction = comeBackOrRecommend = awaited.Outcome;
                return;
            }

            var share = answers[latest].Score.Normalised;
            satisfaction = new CriterionOutcome(share >= threshold ? CriterionStatus.Met : CriterionStatus.NotMet, share, null);
            if (comeBack < 0 && recommend < 0)
            {
                comeBackOrRecommend = awaited.Outcome;
                return;
            }

            int known = 0, yes = 0;
            if (comeBack >= 0)
            {
                known++;
                yes += answers[comeBack].WouldComeBack == true ? 1 : 0;
            }

            if (recommend >= 0)
            {
                known++;
                yes += answers[recommend].WouldRecommend == true ? 1 : 0;
            }

            comeBackOrRecommend = CriterionOutcome.FromShare(yes, known, 1);
        }
    }

    private static CriterionOutcome Autonomy(CaseRecord record, in EvaluationMoment moment, double threshold)
    {
        var readings = record.AutonomyArray;
        AutonomyIncreasedRule.Latest(readings, moment.Cutoff, out var intake, out var closure);
        return intake < 0 ? CriterionOutcome.NoEvidence
            : closure >= 0 ? AutonomyIncreasedRule.Compare(readings[intake].Level, readings[closure].Level, threshold).Outcome
            : moment.IsClosed ? CriterionOutcome.NoEvidence
            : CriterionOutcome.Pending(record.PlannedEnd);
    }

    /// <summary>The outcome of an answer awaited at the rubric's follow-up, computed on first need and then kept.</summary>
    private struct FollowUp
    {
        private readonly CaseRecord _record;
        private readonly DateTimeZone _zone;
        private readonly LocalDate _today;
        private readonly bool _closed;
        private readonly int _months;
        private CriterionOutcome _outcome;
        private bool _known;

        public FollowUp(CaseRecord record, in EvaluationMoment moment, int months)
        {
            _record = record;
            _zone = moment.Zone;
            _today = moment.Today;
            _closed = moment.IsClosed;
            _months = months;
        }

        /// <summary>Gets the outcome: overdue once the due date has passed on a closed case, otherwise pending until then (as <c>AwaitFollowUp</c>).</summary>
        public CriterionOutcome Outcome
        {
            get
            {
                if (!_known)
                {
                    // The closure's date in the record's zone is needed only here: the pass's moment leaves it unknown.
                    var due = _closed ? ZoneDates.DateIn(_record.ClosedAt!.Value, _zone).PlusMonths(_months) : _record.PlannedEnd?.PlusMonths(_months);
                    _outcome = due is { } d && d < _today && _closed ? CriterionOutcome.Overdue(d) : CriterionOutcome.Pending(due);
                    _known = true;
                }

                return _outcome;
            }
        }
    }

    /// <summary>What the pass reads of a rubric naming the eleven criteria, read once when an engine is built: thresholds, follow-up months, and each criterion's weight, axis and evidence for the tally.</summary>
    internal sealed class Plan
    {
        /// <summary>Initializes the plan of a rubric's criteria (they must <see cref="Fits"/>).</summary>
        /// <param name="criteria">The criteria.</param>
        /// <param name="entries">Their entries for the tally.</param>
        public Plan(CompiledCriterion[] criteria, SummaryTally.Entry[] entries)
        {
            Entries = entries;
            FollowUpMonths = criteria[2].Settings.FollowUpMonths;
            Objectives = criteria[0].Settings.Threshold;
            HeldAsPlanned = criteria[5].Settings.Threshold;
            WithOutcome = criteria[6].Settings.Threshold;
            Actions = criteria[7].Settings.Threshold;
            Satisfaction = criteria[8].Settings.Threshold;
            Autonomy = criteria[10].Settings.Threshold;
        }

        public SummaryTally.Entry[] Entries { get; }

        public int FollowUpMonths { get; }

        public double Objectives { get; }

        public double HeldAsPlanned { get; }

        public double WithOutcome { get; }

        public double Actions { get; }

        public double Satisfaction { get; }

        public double Autonomy { get; }
    }
}

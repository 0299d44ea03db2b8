using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// A decent outcome, anchored in the person's expectations: the latest job or course known (during the intervention or
/// at a follow-up) is met when it meets the person's expectations, or when a course was well completed; not met when it
/// does not, or the course was abandoned. The ILO's elements of decent work — contract, working time, earnings (when
/// the rubric sets a threshold), social protection — are reported to inform the judgement; they never replace it.
/// </summary>
internal sealed class DecentJobRule : CriterionRule
{
    /// <summary>Hours a week beyond which working time is excessive (ILO).</summary>
    public const double ExcessiveWeeklyHours = 48;

    public override string Id => BuiltInCriteria.DecentJob;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override EvidenceKinds Reads => EvidenceKinds.Situations;

    public override bool HasThreshold => true;

    public override double ThresholdMaximum => double.MaxValue;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var situations = record.SituationArray;
        var latest = -1;
        for (var i = 0; i < situations.Length && situations[i].IsKnownBy(moment.Cutoff); i++)
        {
            if (situations[i].IsEmploymentOrTraining || situations[i].IsFollowUp)
            {
                latest = i;
            }
        }

        var courses = record.CourseArray;
        var course = -1;
        for (var i = 0; i < courses.Length && courses[i].KnownAt <= moment.AsOf; i++)
        {
            course = i;
        }

        var courseIsLatest = course >= 0 && (latest < 0 || courses[course].KnownAt >= situations[latest].KnownAt || situations[latest].Activity == SituationKind.InTraining);
        if (courseIsLatest)
        {
            return JudgeCourse(courses[course], moment, reasons);
        }

        if (latest < 0)
        {
            return AwaitFollowUp(record, moment, settings.FollowUpMonths, "evaluation.decent-job", reasons);
        }

        ref readonly var s = ref situations[latest];
        if (s.Activity == SituationKind.InTraining)
        {
            reasons?.Add(new Reason("evaluation.decent-outcome.course-no-details", Arg("known", moment.DateOf(s.KnownAt)), Arg("source", s.Source)));
            return CriterionOutcome.NoEvidence;
        }

        if (!s.IsEmploymentOrTraining)
        {
            reasons?.Add(new Reason("evaluation.decent-job.not-a-job", Arg("activity", s.Activity), Arg("months", s.MonthsAfterClosure!.Value)));
            return CriterionOutcome.NotApplicable;
        }

        reasons?.Add(new Reason("evaluation.decent-outcome.job", Arg("activity", s.Activity), Arg("known", moment.DateOf(s.KnownAt)), Arg("source", s.Source)));
        if (s.Job is not { } job)
        {
            reasons?.Add(new Reason("evaluation.decent-job.expectations-unknown"));
            return CriterionOutcome.NoEvidence;
        }

        var outcome = job.MeetsExpectations switch
        {
            true => CriterionOutcome.Met,
            false => CriterionOutcome.NotMet,
            null => CriterionOutcome.NoEvidence,
        };
        if (reasons is not null)
        {
            reasons.Add(new Reason(job.MeetsExpectations switch
            {
                true => "evaluation.decent-job.expectations-met",
                false => "evaluation.decent-job.expectations-unmet",
                null => "evaluation.decent-job.expectations-unknown",
            }));
            ReportDecentWorkElements(job, settings, reasons);
        }

        return outcome;
    }

    internal static CriterionOutcome JudgeCourse(in CourseFact c, in EvaluationMoment moment, List<Reason>? reasons)
    {
        reasons?.Add(new Reason("evaluation.decent-outcome.course", Arg("course", c.Course), Arg("status", c.Status), Arg("known", moment.DateOf(c.KnownAt)), Arg("source", c.Source)));
        if (c.Status == CourseStatus.Abandoned || c.MeetsExpectations == false)
        {
            reasons?.Add(new Reason(c.MeetsExpectations == false ? "evaluation.decent-outcome.course-expectations-unmet" : "evaluation.decent-outcome.course-abandoned"));
            return CriterionOutcome.NotMet;
        }

        if (c.Status == CourseStatus.Completed || c.MeetsExpectations == true)
        {
            reasons?.Add(new Reason(c.MeetsExpectations == true ? "evaluation.decent-outcome.course-expectations-met" : "evaluation.decent-outcome.course-completed"));
            return CriterionOutcome.Met;
        }

        reasons?.Add(new Reason("evaluation.decent-outcome.course-under-way"));
        return CriterionOutcome.NoEvidence;
    }

    private static void ReportDecentWorkElements(in JobQuality job, in RuleSettings settings, List<Reason> reasons)
    {
        reasons.Add(new Reason("evaluation.decent-outcome.elements-inform"));
        var stable = job.Contract is ContractKind.Permanent or ContractKind.FixedTermLong or ContractKind.SelfEmployed;
        reasons.Add(job.Contract is { } contract
            ? new Reason(stable ? "evaluation.decent-job.contract-stable" : "evaluation.decent-job.contract-unstable", Arg("contract", contract))
            : new Reason("evaluation.decent-job.contract-unknown"));
        var hoursOk = job.WeeklyHours <= ExcessiveWeeklyHours;
        reasons.Add(job.WeeklyHours is { } hours
            ? new Reason(hoursOk ? "evaluation.decent-job.hours-ok" : "evaluation.decent-job.hours-excessive", Arg("hours", hours), Arg("limit", ExcessiveWeeklyHours))
            : new Reason("evaluation.decent-job.hours-unknown"));
        if (!double.IsNaN(settings.Threshold))
        {
            reasons.Add(job.MonthlyEarnings is { } earnings
                ? new Reason(earnings >= settings.Threshold ? "evaluation.decent-job.earnings-ok" : "evaluation.decent-job.earnings-low", Arg("earnings", Amount(earnings, settings)), Arg("threshold", Amount(settings.Threshold, settings)))
                : new Reason("evaluation.decent-job.earnings-unknown"));
        }

        reasons.Add(new Reason(job.SocialProtection switch
        {
            true => "evaluation.decent-job.protection-yes",
            false => "evaluation.decent-job.protection-no",
            null => "evaluation.decent-job.protection-unknown",
        }));
    }

    /// <summary>An amount with the rubric's currency, written by the catalogue as people write money; a plain number without one.</summary>
    private static object Amount(double amount, in RuleSettings settings)
        => settings.Currency is { } currency ? new Common.Money((decimal)amount, currency) : amount;

    /// <inheritdoc/>
    public override CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings)
        => counted.Entered ? CriterionOutcome.NoEvidence : AwaitFollowUp(counted, settings.FollowUpMonths);
}

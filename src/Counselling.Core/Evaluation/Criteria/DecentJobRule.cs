using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// Decent job at the latest follow-up: a per-person test of the ILO's elements of decent work — a stable contract, at
/// most 48 hours a week, earnings at or above the rubric's threshold (when it sets one), social protection, and fit with
/// the person's expectations. An unknown element does not pass.
/// </summary>
internal sealed class DecentJobRule : CriterionRule
{
    /// <summary>Hours a week beyond which working time is excessive (ILO).</summary>
    public const double ExcessiveWeeklyHours = 48;

    public override string Id => BuiltInCriteria.DecentJob;

    public override EvaluationAxis DefaultAxis => EvaluationAxis.Result;

    public override bool HasThreshold => true;

    public override double ThresholdMaximum => double.MaxValue;

    public override CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons)
    {
        var situations = record.SituationArray;
        var latest = -1;
        for (var i = 0; i < situations.Length && situations[i].KnownAt <= moment.AsOf; i++)
        {
            if (situations[i].IsFollowUp)
            {
                latest = i;
            }
        }

        if (latest < 0)
        {
            return AwaitFollowUp(record, moment, settings.FollowUpMonths, "evaluation.decent-job", reasons);
        }

        ref readonly var s = ref situations[latest];
        if (s.Activity is not (SituationKind.Employed or SituationKind.SelfEmployed))
        {
            reasons?.Add(new Reason("evaluation.decent-job.not-a-job", Arg("activity", s.Activity), Arg("months", s.MonthsAfterClosure!.Value)));
            return CriterionOutcome.NotApplicable;
        }

        if (s.Job is not { } job)
        {
            reasons?.Add(new Reason("evaluation.decent-job.no-details", Arg("months", s.MonthsAfterClosure!.Value), Arg("known", moment.DateOf(s.KnownAt))));
            return CriterionOutcome.NoEvidence;
        }

        reasons?.Add(new Reason("evaluation.decent-job.follow-up", Arg("months", s.MonthsAfterClosure!.Value), Arg("known", moment.DateOf(s.KnownAt)), Arg("source", s.Source)));
        var testsEarnings = !double.IsNaN(settings.Threshold);
        var elements = testsEarnings ? 5 : 4;
        var passed = 0;

        var stable = job.Contract is ContractKind.Permanent or ContractKind.FixedTermLong or ContractKind.SelfEmployed;
        passed += stable ? 1 : 0;
        reasons?.Add(job.Contract is { } contract
            ? new Reason(stable ? "evaluation.decent-job.contract-stable" : "evaluation.decent-job.contract-unstable", Arg("contract", contract))
            : new Reason("evaluation.decent-job.contract-unknown"));

        var hoursOk = job.WeeklyHours <= ExcessiveWeeklyHours;
        passed += hoursOk ? 1 : 0;
        reasons?.Add(job.WeeklyHours is { } hours
            ? new Reason(hoursOk ? "evaluation.decent-job.hours-ok" : "evaluation.decent-job.hours-excessive", Arg("hours", hours), Arg("limit", ExcessiveWeeklyHours))
            : new Reason("evaluation.decent-job.hours-unknown"));

        if (testsEarnings)
        {
            var earningsOk = job.MonthlyEarnings >= settings.Threshold;
            passed += earningsOk ? 1 : 0;
            reasons?.Add(job.MonthlyEarnings is { } earnings
                ? new Reason(earningsOk ? "evaluation.decent-job.earnings-ok" : "evaluation.decent-job.earnings-low", Arg("earnings", earnings), Arg("threshold", settings.Threshold))
                : new Reason("evaluation.decent-job.earnings-unknown"));
        }

        passed += job.SocialProtection == true ? 1 : 0;
        reasons?.Add(new Reason(job.SocialProtection switch
        {
            true => "evaluation.decent-job.protection-yes",
            false => "evaluation.decent-job.protection-no",
            null => "evaluation.decent-job.protection-unknown",
        }));

        passed += job.MeetsExpectations == true ? 1 : 0;
        reasons?.Add(new Reason(job.MeetsExpectations switch
        {
            true => "evaluation.decent-job.expectations-met",
            false => "evaluation.decent-job.expectations-unmet",
            null => "evaluation.decent-job.expectations-unknown",
        }));

        return CriterionOutcome.FromShare(passed, elements, 1);
    }
}

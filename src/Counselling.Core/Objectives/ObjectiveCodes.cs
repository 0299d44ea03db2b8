namespace Counselling.Core.Objectives;

/// <summary>
/// The stable codes of SMART validation failures, one per rule, so a UI can switch on them. Every code reads
/// <c>objective.&lt;letter&gt;.&lt;rule&gt;</c>; its message exists in French and English.
/// </summary>
public static class ObjectiveCodes
{
    /// <summary>S: the statement says nothing (what is to be done).</summary>
    public const string WhatMissing = "objective.s.what-missing";

    /// <summary>S: nobody is named to carry the objective (by whom).</summary>
    public const string ByWhomMissing = "objective.s.by-whom-missing";

    /// <summary>M: there is no indicator.</summary>
    public const string NoIndicator = "objective.m.no-indicator";

    /// <summary>M: the indicator does not say what is measured.</summary>
    public const string NoMeasure = "objective.m.no-measure";

    /// <summary>M: the indicator has no unit.</summary>
    public const string NoUnit = "objective.m.no-unit";

    /// <summary>M: the indicator has no target.</summary>
    public const string NoTarget = "objective.m.no-target";

    /// <summary>M: the target is negative. Argument <c>target</c>.</summary>
    public const string NegativeTarget = "objective.m.negative-target";

    /// <summary>M: the baseline is negative. Argument <c>baseline</c>.</summary>
    public const string NegativeBaseline = "objective.m.negative-baseline";

    /// <summary>M: the target does not move from the baseline in the indicator's direction. Arguments <c>target</c>, <c>baseline</c>, <c>direction</c>.</summary>
    public const string TargetNotBeyondBaseline = "objective.m.target-not-beyond-baseline";

    /// <summary>A: no step says how the objective will be reached.</summary>
    public const string NoSteps = "objective.a.no-steps";

    /// <summary>A: a step is blank. Argument <c>position</c> (from 1).</summary>
    public const string BlankStep = "objective.a.blank-step";

    /// <summary>R: nothing says why the objective fits the client's situation.</summary>
    public const string NoRealism = "objective.r.no-realism";

    /// <summary>R: the deadline falls after the end of the programme's time limit. Arguments <c>deadline</c>, <c>end</c>.</summary>
    public const string BeyondProgrammeLimit = "objective.r.beyond-programme-limit";

    /// <summary>T: there is no deadline.</summary>
    public const string NoDeadline = "objective.t.no-deadline";

    /// <summary>T: the deadline is in the past. Arguments <c>deadline</c>, <c>today</c>.</summary>
    public const string DeadlinePast = "objective.t.deadline-past";

    /// <summary>T: the deadline is not after the day the client agreed. Arguments <c>deadline</c>, <c>agreed</c>.</summary>
    public const string DeadlineNotAfterAgreement = "objective.t.deadline-not-after-agreement";
}

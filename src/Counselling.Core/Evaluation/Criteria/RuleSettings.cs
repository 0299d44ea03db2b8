namespace Counselling.Core.Evaluation.Criteria;

/// <summary>The parameters a rubric gives a rule: its threshold (or NaN when none) and when the first follow-up is due.</summary>
internal readonly record struct RuleSettings(double Threshold, int FollowUpMonths, string? Currency = null);

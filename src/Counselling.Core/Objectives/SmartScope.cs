using FluentValidation;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// What one validation call needs beyond the objective: today in the agency's zone and the programme's window.
/// It travels in <see cref="ValidationContext{T}.RootContextData"/>, so one validator serves every call and programme.
/// </summary>
internal sealed record SmartScope(LocalDate Today, ProgrammeWindow Window)
{
    public const string Key = "Counselling.Core.Objectives.SmartScope";

    public static SmartScope Of(ValidationContext<SmartObjective> context)
        => context.RootContextData.TryGetValue(Key, out var scope) && scope is SmartScope smart
            ? smart
            : throw new System.InvalidOperationException("SMART rules need a SmartScope in the validation context; use SmartObjectiveValidator.");
}

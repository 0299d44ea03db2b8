using Counselling.Core.Common;
using FluentValidation;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// What one validation call needs beyond the objective: today and the zone in which dates are read, the programme's window
/// and the catalogue that writes the failures.
/// It travels in <see cref="ValidationContext{T}.RootContextData"/>, so one set of rules serves every call, zone and programme.
/// </summary>
internal sealed record SmartScope(LocalDate Today, DateTimeZone Zone, ProgrammeWindow Window, MessageCatalog Messages)
{
    public const string Key = "Counselling.Core.Objectives.SmartScope";

    public static SmartScope Of(ValidationContext<SmartObjective> context)
        => context.RootContextData.TryGetValue(Key, out var scope) && scope is SmartScope smart
            ? smart
            : throw new System.InvalidOperationException("SMART rules need a SmartScope in the validation context; use SmartObjectiveValidator.");
}

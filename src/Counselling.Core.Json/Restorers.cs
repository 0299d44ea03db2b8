using Counselling.Core.Evidence;
using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Objectives;

namespace Counselling.Core.Json;

/// <summary>
/// State a value object only takes through its own methods (a property with a non-public setter), restored by calling
/// those methods so their checks run. A property with a non-public setter and no restorer here is not stored.
/// </summary>
internal static class Restorers
{
    /// <summary>The restorer of a type: the properties it restores and how, or <see langword="null"/>.</summary>
    public static Restorer? For(Type type)
        => type == typeof(PlanAction) ? new Restorer([nameof(PlanAction.Status), nameof(PlanAction.ReviewedAt)], RestorePlanAction)
            : type == typeof(SmartObjective) ? new Restorer([nameof(SmartObjective.Agreement)], RestoreAgreement)
            : null;

    private static object RestoreAgreement(object built, IReadOnlyDictionary<string, object?> values)
    {
        // The agreement has no public setter: only the intervention records it. A stored one is put back as stored;
        // the rebuild then checks it against the agreement event.
        if (values.GetValueOrDefault(nameof(SmartObjective.Agreement)) is ObjectiveAgreement agreement)
        {
            typeof(SmartObjective).GetProperty(nameof(SmartObjective.Agreement))!.SetValue(built, agreement);
        }

        return built;
    }

    private static object RestorePlanAction(object built, IReadOnlyDictionary<string, object?> values)
    {
        var action = (PlanAction)built;
        var status = values.GetValueOrDefault(nameof(PlanAction.Status)) as PlanActionStatus?;
        return values.GetValueOrDefault(nameof(PlanAction.ReviewedAt)) is SessionId reviewedAt
            ? action.Review(reviewedAt, status ?? throw new ArgumentException("A reviewed action needs its outcome.", nameof(PlanAction.Status)))
            : status is { } s && s != action.Status ? action.WithStatus(s) : action;
    }
}

/// <summary>The properties a restorer sets and the function that sets them on a newly built object.</summary>
internal sealed record Restorer(IReadOnlyList<string> Properties, Func<object, IReadOnlyDictionary<string, object?>, object> Restore);

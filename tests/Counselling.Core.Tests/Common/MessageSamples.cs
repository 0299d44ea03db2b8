using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Tests.Common;

/// <summary>
/// Sample values for every placeholder of every built-in template, and the reasons built from them: each argument in
/// turn takes each of its forms (0, 1, 2, 1.5; every enum member; an identifier with and without a label) while the
/// others keep their first form.
/// </summary>
internal static class MessageSamples
{
    public static readonly ObjectiveId Objective = ObjectiveId.New();
    public static readonly SessionId Session = SessionId.New();
    public static readonly PlanActionId Action = PlanActionId.New();

    public static IReadOnlyDictionary<IIdentifier, string> Labels { get; } = new Dictionary<IIdentifier, string>
    {
        [Objective] = "Trouver un stage",
        [Session] = "premier bilan",
        [Action] = "Appeler le garage",
    };

    /// <summary>The labels a host gives the sample identifiers; other identifiers have none.</summary>
    internal sealed class LabelsOfTheHost : IMessageLabels
    {
        public bool TryGetLabel(IIdentifier id, System.Globalization.CultureInfo culture, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? label)
            => Labels.TryGetValue(id, out label);
    }

    public static IEnumerable<Reason> ReasonsFor(string code, IReadOnlyCollection<string> names)
    {
        var forms = names.ToDictionary(n => n, n => FormsOf(code, n));
        if (forms.Count == 0)
        {
            yield return new Reason(code);
            yield break;
        }

        foreach (var varied in names)
        {
            foreach (var value in forms[varied])
            {
                yield return new Reason(code, [.. names.Select(n => new ReasonArgument(n, n == varied ? value : forms[n][0]))]);
            }
        }
    }

    public static object[] FormsOf(string code, string name) => name switch
    {
        "count" or "held" or "planned" or "done" or "reviewed" or "months" => [0, 1, 2, 12],
        "hours" => [1, 1.5, 35, 50.5],
        "number" or "position" or "index" => [1, 3],
        "maximum" or "minimum" or "limit" or "threshold" or "score" or "sum" or "value" or "target" or "baseline" or "earnings" => [0, 1, 2.5m, 48],
        "before" or "after" when code.StartsWith("evaluation.autonomy", StringComparison.Ordinal) => [1, 4],
        "before" or "after" => Members(code.Contains("comparison.verdict", StringComparison.Ordinal) ? "Verdict" : "CriterionStatus"),
        "deadline" or "today" or "agreed" or "end" or "expectedBy" or "due" or "expected" or "known" or "on" or "closed" or "from" or "to" => [new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 1)],
        "date" when code.StartsWith("format.", StringComparison.Ordinal) => ["6 juillet 2026"],
        "date" => [new LocalDate(2026, 7, 6)],
        "time" => ["9 h 30"],
        "start" => [new LocalDateTime(2026, 7, 6, 9, 30), new LocalDateTime(2026, 7, 1, 14, 0)],
        "action" when code.StartsWith("evaluation.", StringComparison.Ordinal) => [Action],
        "action" => Members("InterventionAction"),
        "objective" => [Objective, ObjectiveId.New()],
        "session" => [Session, SessionId.New()],
        "state" => Members("InterventionState"),
        "reason" => Members("ClosureReason"),
        "status" when code.StartsWith("session.", StringComparison.Ordinal) => Members("SessionStatus"),
        "status" when code.StartsWith("barrier.", StringComparison.Ordinal) => Members("BarrierStatus"),
        "status" when code.StartsWith("action.", StringComparison.Ordinal) => Members("PlanActionStatus", "ActionStatus"),
        "status" when code.StartsWith("evaluation.options", StringComparison.Ordinal) => Members("OptionStatus"),
        "status" or "result" or "process" or "impact" => Members("CriterionStatus"),
        "kind" when code == "argument.default-id" => [.. typeof(IIdentifier).Assembly.GetTypes().Where(t => t.IsValueType && typeof(IIdentifier).IsAssignableFrom(t)).Select(t => (object)t.Name), "Unknown"],
        "kind" when code.StartsWith("evaluation.decision", StringComparison.Ordinal) => Members("DecisionKind"),
        "kind" or "source" or "owner" => [.. Enum.GetValues<ActorKind>().Where(k => k != ActorKind.None).Cast<object>()],
        "activity" => Members("SituationKind"),
        "contract" => Members("ContractKind"),
        "direction" => Members("IndicatorDirection", "TargetDirection"),
        "letter" => Members("SmartLetter"),
        "failure" => [new Reason("objective.t.no-deadline")],
        "verdict" => Members("Verdict"),
        "policy" => Members("VerdictPolicy"),
        "axis" => Members("EvaluationAxis"),
        "criterion" when code.StartsWith("evaluation.rubric", StringComparison.Ordinal) => ["objective-reached"],
        "criterion" => [new Reason("evaluation.criterion.objective-reached")],
        "rubric" => ["process-and-impact"],
        "label" => ["B"],
        "domain" when code.StartsWith("diagnosis.", StringComparison.Ordinal) => Members("LifeDomain"),
        "scale" => ["default"],
        "zone" => ["Mars/Olympus"],
        "capacity" or "enrolled" or "amount" or "teer" or "line" => [0, 1, 2, 12],
        "contributor" => Members("ThirdPartyRole"),
        "judge" => Members("JudgeKind"),
        "perspective" => Members("EvaluationPerspective"),
        "contribution" or "question" or "answer" or "course" or "service" or "barrier" or "domain" or "code" or "id"
            or "field" or "scheme" or "taxonomy" or "stored" or "areas" or "statuses" or "rule" or "level"
            or "previous" or "set" or "met" or "scale" or "provider" => ["B"],
        _ => throw new InvalidOperationException("No sample for the placeholder " + name + " of " + code + ": add one."),
    };

    private static object[] Members(params string[] typeNames)
    {
        var type = typeof(MessageCatalog).Assembly.GetTypes().First(t => t.IsEnum && typeNames.Contains(t.Name));
        return [.. Enum.GetValues(type).Cast<object>().Where(v => v.ToString() != "None")];
    }
}

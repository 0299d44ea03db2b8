using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The input of adding an option to the plan: its label.</summary>
internal readonly record struct AddOptionInput(Instant Now, bool IsGeneral, string? OptionLabel) : IActionInput<AddOptionInput>, IOptionLabelInput
{
    public InterventionAction Action => InterventionAction.AddOption;

    public ActionRules<AddOptionInput> Rules => InterventionRules.AddOption;

    public string? DateOutOfRange => null;
}

/// <summary>The input of noting a decision an option waits for: the option, the decision's name (none when rebuilding) and the date it is expected on.</summary>
internal readonly record struct AwaitDecisionInput(Instant Now, bool IsGeneral, string? OptionLabel, string? DecisionLabel, LocalDate ExpectedBy) : IActionInput<AwaitDecisionInput>, IOptionLabelInput
{
    public InterventionAction Action => InterventionAction.AwaitDecision;

    public ActionRules<AwaitDecisionInput> Rules => InterventionRules.AwaitDecision;

    public string? DateOutOfRange => SupportedDates.Contains(ExpectedBy) ? null : "expectedOn";
}

/// <summary>The input of recording an awaited decision's outcome: the option, the decision's number and the answer.</summary>
internal readonly record struct DecisionOutcomeInput(Instant Now, bool IsGeneral, string? OptionLabel, int DecisionNumber, OptionStatus DecisionOutcome)
    : IActionInput<DecisionOutcomeInput>, IOptionLabelInput
{
    public InterventionAction Action => InterventionAction.RecordDecisionOutcome;

    public ActionRules<DecisionOutcomeInput> Rules => InterventionRules.RecordDecisionOutcome;

    public string? DateOutOfRange => null;
}

using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The input of a transition with no argument: starting or completing the intake, activating, resuming, starting the follow-up, resuming active help.</summary>
internal readonly record struct TransitionInput(InterventionAction Action, Instant Now, bool IsGeneral) : IActionInput<TransitionInput>
{
    public ActionRules<TransitionInput> Rules => InterventionRules.Transition(Action);

    public string? DateOutOfRange => null;
}

/// <summary>The input of closing: the closure reason.</summary>
internal readonly record struct CloseInput(Instant Now, bool IsGeneral, ClosureReason Closure) : IActionInput<CloseInput>
{
    public InterventionAction Action => InterventionAction.Close;

    public ActionRules<CloseInput> Rules => InterventionRules.Close;

    public string? DateOutOfRange => null;
}

/// <summary>The input of putting on hold: the date the hold is expected to end by.</summary>
internal readonly record struct HoldInput(Instant Now, bool IsGeneral, LocalDate ExpectedBy) : IActionInput<HoldInput>
{
    public InterventionAction Action => InterventionAction.PutOnHold;

    public ActionRules<HoldInput> Rules => InterventionRules.PutOnHold;

    public string? DateOutOfRange => SupportedDates.Contains(ExpectedBy) ? null : "expectedBy";
}

/// <summary>The input of sharing the diagnosis: the session, and the client who agrees when the agreement is recorded.</summary>
internal readonly record struct DiagnosisInput(Instant Now, bool IsGeneral, SessionId Session, Actor AgreedBy) : IActionInput<DiagnosisInput>, ISessionInput, IAgreedByInput
{
    public InterventionAction Action => InterventionAction.ShareDiagnosis;

    public ActionRules<DiagnosisInput> Rules => InterventionRules.ShareDiagnosis;

    public string? DateOutOfRange => null;
}

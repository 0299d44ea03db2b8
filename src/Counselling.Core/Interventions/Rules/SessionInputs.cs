using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The input of planning a session: the new session, its local start and its zone.</summary>
internal readonly record struct PlanSessionInput(Instant Now, bool IsGeneral, SessionId Session, LocalDateTime PlannedStart, string? ZoneId) : IActionInput<PlanSessionInput>, ISessionInput
{
    public InterventionAction Action => InterventionAction.PlanSession;

    public ActionRules<PlanSessionInput> Rules => InterventionRules.PlanSession;

    public string? DateOutOfRange => SupportedDates.Contains(PlannedStart.Date) ? null : "start";
}

/// <summary>The input of recording a session: the session, when it was held and how many concrete outcomes it had.</summary>
internal readonly record struct RecordSessionInput(Instant Now, bool IsGeneral, SessionId Session, Instant HeldAt, int OutcomeCount) : IActionInput<RecordSessionInput>, ISessionInput
{
    public InterventionAction Action => InterventionAction.RecordSession;

    public ActionRules<RecordSessionInput> Rules => InterventionRules.RecordSession;

    public string? DateOutOfRange => SupportedDates.Contains(HeldAt) ? null : "heldAt";
}

/// <summary>The input of marking a planned session missed or cancelling it: the session.</summary>
internal readonly record struct SessionInput(InterventionAction Action, Instant Now, bool IsGeneral, SessionId Session) : IActionInput<SessionInput>, ISessionInput
{
    public ActionRules<SessionInput> Rules => Action == InterventionAction.MarkSessionMissed ? InterventionRules.MarkSessionMissed : InterventionRules.CancelSession;

    public string? DateOutOfRange => null;
}

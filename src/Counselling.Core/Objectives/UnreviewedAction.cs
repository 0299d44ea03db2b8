using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>
/// An action agreed at a session and not reviewed at the next session held: work between sessions feeds the
/// next one, so an action left unreviewed is shown to the counsellor.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="AgreedAt">The session where it was agreed.</param>
/// <param name="NextSession">The next session held after that one, where it should have been reviewed.</param>
public readonly record struct UnreviewedAction(PlanActionId Action, SessionId AgreedAt, SessionId NextSession);

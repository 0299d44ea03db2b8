using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>An action a screen may offer, with whether it is allowed now and, if not, why. A default permission reads as refused (<c>permission.undecided</c>).</summary>
/// <param name="Action">The action.</param>
/// <param name="Permission">Whether it is allowed now, with the reasons when not.</param>
public readonly record struct ActionOption(InterventionAction Action, Permission Permission);

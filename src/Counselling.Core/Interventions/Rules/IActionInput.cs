using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// What every action's input carries: the action, the instant it is asked at, and whether it is a general question
/// ("may this action be offered now?", asked without arguments: rules that judge arguments are then satisfied).
/// </summary>
/// <remarks>
/// <para>Why typed inputs: each action's input is a small immutable struct carrying exactly that action's arguments
/// (<see cref="PlanSessionInput"/>, <see cref="CloseInput"/>…), built once by the intent method, its <c>Can…</c> twin, or
/// the rebuild from the stored event. A rule is typed on what it reads: on one action's input when only that action
/// asks it, or, when several actions share it, generic over a struct constrained by the small interfaces below
/// (<see cref="ISessionInput"/>, <see cref="IAgreedByInput"/>…). The JIT then compiles one copy per input with direct
/// calls: no boxing, no allocation per check, and a rule cannot read an argument its action does not have (the compiler
/// says so), which the one shared mutable context of thirty fields could not promise.</para>
/// </remarks>
internal interface IActionInput
{
    /// <summary>Gets the action asked.</summary>
    InterventionAction Action { get; }

    /// <summary>Gets the instant the action is asked at: the clock's, or the stored event's in a rebuild.</summary>
    Instant Now { get; }

    /// <summary>Gets a value indicating whether the question is general, without the action's arguments.</summary>
    bool IsGeneral { get; }

    /// <summary>Gets the name of the argument whose date lies outside <see cref="SupportedDates"/>, or <see langword="null"/>.</summary>
    string? DateOutOfRange { get; }
}

/// <summary>An action's input that knows the rules judging its action.</summary>
/// <typeparam name="TSelf">The input itself.</typeparam>
internal interface IActionInput<TSelf> : IActionInput
    where TSelf : struct, IActionInput<TSelf>
{
    /// <summary>Gets the rules of the action: its checks and its lifecycle guards.</summary>
    ActionRules<TSelf> Rules { get; }
}

/// <summary>An input naming a session.</summary>
internal interface ISessionInput : IActionInput
{
    /// <summary>Gets the session, or the default value when the action names none.</summary>
    SessionId Session { get; }
}

/// <summary>An input carrying who agrees.</summary>
internal interface IAgreedByInput : IActionInput
{
    /// <summary>Gets who agrees, or the default actor when nobody's agreement is recorded.</summary>
    Actor AgreedBy { get; }
}

/// <summary>An input carrying when a fact became known.</summary>
internal interface IKnownAtInput : IActionInput
{
    /// <summary>Gets when the fact or assessment became known.</summary>
    Instant KnownAt { get; }
}

/// <summary>An input naming an objective, and giving it when the action carries one.</summary>
internal interface IObjectiveInput : IActionInput
{
    /// <summary>Gets the objective's identifier.</summary>
    ObjectiveId ObjectiveId { get; }

    /// <summary>Gets the objective as given, or <see langword="null"/> when the action only names it.</summary>
    Objectives.SmartObjective? Objective { get; }
}

/// <summary>An input naming an option of the plan.</summary>
internal interface IOptionLabelInput : IActionInput
{
    /// <summary>Gets the option's label, or <see langword="null"/> when the action names none.</summary>
    string? OptionLabel { get; }
}

/// <summary>An input naming an action of the action plan.</summary>
internal interface IPlanActionIdInput : IActionInput
{
    /// <summary>Gets the plan action's identifier.</summary>
    PlanActionId PlanActionId { get; }
}

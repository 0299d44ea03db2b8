using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Interventions;

/// <content>The objectives side of the aggregate: what rule 2 reads before the active phase.</content>
public sealed partial class Intervention
{
    /// <summary>
    /// Gets a value indicating whether an objective agreed by the client passes SMART validation and has a desired
    /// benefit (rule 2). This version of the aggregate records no objectives, so none can be agreed yet.
    /// </summary>
    internal bool HasActivatableObjective => false;

    private static void ApplyObjectiveEvent(InterventionEvent evt)
        => throw new System.ArgumentException("The history holds an event this version does not know: " + evt.GetType().Name + ".", nameof(evt));
}

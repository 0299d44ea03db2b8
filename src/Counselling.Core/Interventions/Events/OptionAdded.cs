using Counselling.Core.Common;
using Counselling.Core.Occupations;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>An option, plan A or plan B, was added to the intervention's plan, being explored; <see cref="OptionRecorded"/> moves its status.</summary>
/// <param name="Label">The option's label, a short code such as <c>A</c> or <c>army</c>.</param>
/// <param name="Occupation">The occupation it leads to, if any.</param>
/// <param name="At">When it was added.</param>
/// <param name="By">Who added it.</param>
public sealed record OptionAdded(string Label, Occupation? Occupation, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.OptionAdded;
}

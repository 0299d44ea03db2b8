using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// Evidence for the evaluation was recorded: a fact with the instant it became known and its source. The concrete
/// events carry the fact itself (<see cref="DecisionRecorded"/>, <see cref="OptionRecorded"/>, <see cref="SituationRecorded"/>,
/// <see cref="SatisfactionRecorded"/>, <see cref="IndicatorMeasured"/>…).
/// </summary>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public abstract record EvidenceRecorded(Instant At, Actor By) : InterventionEvent(At, By);

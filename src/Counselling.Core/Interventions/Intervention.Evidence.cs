using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;

namespace Counselling.Core.Interventions;

/// <content>
/// Evidence for the evaluation engine: facts recorded with the instant they became known and their source. They are
/// accepted at every stage, closed included (a follow-up answer arrives months after closure), and never change the
/// stage. <see cref="Evaluation.CaseRecordProjection.ToCaseRecord"/> reads them back from the history.
/// </content>
public sealed partial class Intervention
{
    /// <summary>Records a decision the client made (an occupation chosen, a course, a job).</summary>
    /// <param name="fact">The decision; if it names a session, a held session of this intervention.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.known-at-out-of-range</c>, <c>evidence.unknown-session</c>…).</exception>
    public void RecordDecision(DecisionFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, fact.Session ?? default, default, by, new DecisionRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>
    /// Records the status of an option of the plan (<see cref="AddOption"/>): pursued, waiting for a decision with the
    /// date it is expected, achieved, failed or abandoned. A resolved option never opens again.
    /// </summary>
    /// <param name="fact">The option's status; its label names an option of the plan.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>option.unknown</c>, <c>evidence.option-already-resolved</c>…).</exception>
    public void RecordOption(OptionFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new OptionRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records the client's situation: employment or training, with the job's quality, during the intervention or at a follow-up.</summary>
    /// <param name="fact">The situation.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordSituation(SituationFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new SituationRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records a satisfaction answer: a score, whether the client would come back, would recommend.</summary>
    /// <param name="fact">The answer.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordSatisfaction(SatisfactionAnswer fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new SatisfactionRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records a value of the indicator of an objective the client agreed to.</summary>
    /// <param name="fact">The reading.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.unknown-objective</c>…).</exception>
    public void RecordIndicator(IndicatorReading fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, fact.Objective, by, new IndicatorMeasured(fact, _clock.GetCurrentInstant(), by));

    private void RecordEvidence(bool isDefault, NodaTime.Instant knownAt, SessionId session, ObjectiveId objective, Actor by, EvidenceRecorded evt)
    {
        Guard.Known(by);
        var context = Described(EvidenceContext(isDefault, knownAt, session, objective) with { Now = evt.At }, evt);
        Execute(in context, evt);
    }
}

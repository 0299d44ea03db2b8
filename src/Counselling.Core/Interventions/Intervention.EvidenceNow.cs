using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// Evidence learnt now: the same facts as the methods that take a whole fact, timed by the aggregate's own clock, so
/// that the common call needs no instant. A host recording a fact learnt earlier (a follow-up answer typed in a week
/// later) builds the fact with its instant and calls the method that takes it.
/// </content>
public sealed partial class Intervention
{
    /// <summary>Records a decision the client made, known now (the aggregate's clock gives the instant).</summary>
    /// <param name="kind">What the decision is about.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="session">The session it was announced at, if any; a held session of this intervention.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/>, <paramref name="by"/> or <paramref name="session"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.unknown-session</c>…).</exception>
    public void RecordDecision(DecisionKind kind, ActorKind source, Actor by, SessionId? session = null)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new DecisionFact(kind, now, source, session);
        RecordEvidence(fact.IsDefault, now, fact.Session ?? default, default, by, new DecisionRecorded(fact, now, by));
    }

    /// <summary>Records the status of an option of the plan, known now (the aggregate's clock gives the instant).</summary>
    /// <param name="label">The option's label, naming an option of the plan.</param>
    /// <param name="status">The option's status.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="expectedBy">When a decision is expected, for a pending option.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank or too long, or <paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>option.unknown</c>, <c>evidence.option-already-resolved</c>…).</exception>
    public void RecordOption(string label, OptionStatus status, ActorKind source, Actor by, LocalDate? expectedBy = null)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new OptionFact(label, status, now, source, expectedBy);
        RecordEvidence(fact.IsDefault, now, default, default, by, new OptionRecorded(fact, now, by));
    }

    /// <summary>Records the client's situation, known now (the aggregate's clock gives the instant).</summary>
    /// <param name="activity">The client's activity.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="monthsAfterClosure">For a follow-up, how many months after closure it was asked.</param>
    /// <param name="job">The job's quality, for employment.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is undefined or <paramref name="monthsAfterClosure"/> is out of range.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordSituation(SituationKind activity, ActorKind source, Actor by, int? monthsAfterClosure = null, JobQuality? job = null)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new SituationFact(activity, now, source, monthsAfterClosure, job);
        RecordEvidence(fact.IsDefault, now, default, default, by, new SituationRecorded(fact, now, by));
    }

    /// <summary>Records a satisfaction answer, given now (the aggregate's clock gives the instant).</summary>
    /// <param name="score">The score on its scale.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="wouldComeBack">Whether the client would come back, if asked.</param>
    /// <param name="wouldRecommend">Whether the client would recommend the service, if asked.</param>
    /// <exception cref="ArgumentException"><paramref name="score"/>, <paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordSatisfaction(ScaleScore score, ActorKind source, Actor by, bool? wouldComeBack = null, bool? wouldRecommend = null)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new SatisfactionAnswer(score, now, source, wouldComeBack, wouldRecommend);
        RecordEvidence(fact.IsDefault, now, default, default, by, new SatisfactionRecorded(fact, now, by));
    }

    /// <summary>Records a value of the indicator of an objective the client agreed to, measured now (the aggregate's clock gives the instant).</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="value">The value measured.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="objective"/>, <paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.unknown-objective</c>…).</exception>
    public void RecordIndicator(ObjectiveId objective, decimal value, ActorKind source, Actor by)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new IndicatorReading(objective, value, now, source);
        RecordEvidence(fact.IsDefault, now, default, fact.Objective, by, new IndicatorMeasured(fact, now, by));
    }

    /// <summary>Records the question or request the client came with, asked now (the aggregate's clock gives the instant).</summary>
    /// <param name="question">The question's code.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="question"/> is blank or too long, or <paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordInitialQuestion(string question, ActorKind source, Actor by)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new InitialQuestionFact(question, now, source);
        RecordEvidence(fact.IsDefault, now, default, default, by, new InitialQuestionRecorded(fact, now, by));
    }

    /// <summary>Records one of the counsellor's own objectives for the intervention, set now (the aggregate's clock gives the instant).</summary>
    /// <param name="criterion">The criterion it is evaluated against.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is blank or too long, or <paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void SetCounsellorObjective(string criterion, ActorKind source, Actor by)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new CounsellorObjectiveFact(criterion, now, source);
        RecordEvidence(fact.IsDefault, now, default, default, by, new CounsellorObjectiveSet(fact, now, by));
    }

    /// <summary>Records someone's own judgement of the intervention's success, given now (the aggregate's clock gives the instant).</summary>
    /// <param name="judge">Whose judgement it is.</param>
    /// <param name="answer">The judgement.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="session">For a joint evaluation, the held session it took place in.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/>, <paramref name="by"/> or <paramref name="session"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="judge"/> or <paramref name="answer"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.unknown-session</c>…).</exception>
    public void RecordJudgement(JudgeKind judge, JudgementAnswer answer, ActorKind source, Actor by, SessionId? session = null)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new JudgementFact(judge, answer, now, source, session);
        RecordEvidence(fact.IsDefault, now, fact.Session ?? default, default, by, new JudgementRecorded(fact, now, by));
    }

    /// <summary>Records a third party's contribution, known now (the aggregate's clock gives the instant).</summary>
    /// <param name="contributor">The third party, by role.</param>
    /// <param name="contribution">What they contributed, as a code.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="planned">Whether the contribution was planned.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contributor"/>, <paramref name="source"/> or <paramref name="by"/> is the default value, or <paramref name="contribution"/> is blank or too long.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordContribution(ThirdPartyRole contributor, string contribution, ActorKind source, Actor by, bool planned = false)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new ContributionFact(contributor, contribution, now, source, planned);
        RecordEvidence(fact.IsDefault, now, default, default, by, new ContributionRecorded(fact, now, by));
    }

    /// <summary>Records the outcome of a course the person entered, known now (the aggregate's clock gives the instant).</summary>
    /// <param name="course">The course, as a code.</param>
    /// <param name="status">Its outcome.</param>
    /// <param name="source">Who it comes from.</param>
    /// <param name="by">Who records it.</param>
    /// <param name="meetsExpectations">Whether it met the person's expectations, if asked.</param>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="course"/> is blank or too long, or <paramref name="source"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordCourseOutcome(string course, CourseStatus status, ActorKind source, Actor by, bool? meetsExpectations = null)
    {
        var now = _clock.GetCurrentInstant();
        var fact = new CourseFact(course, status, now, source, meetsExpectations);
        RecordEvidence(fact.IsDefault, now, default, default, by, new CourseOutcomeRecorded(fact, now, by));
    }
}

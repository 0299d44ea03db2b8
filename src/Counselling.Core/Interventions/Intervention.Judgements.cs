using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// Evidence about how success is judged: the question the client came with, the counsellor's own objectives, the
/// counsellor's, the client's and joint judgements, third parties' contributions, and the outcome of a course. Like
/// every piece of evidence they are accepted at every stage and never change the stage.
/// </content>
public sealed partial class Intervention
{
    /// <summary>Gets the agency's zone, for the case record.</summary>
    internal DateTimeZone TimeZone => _zone;

    /// <summary>Records the question or request the client came with, typically right after opening.</summary>
    /// <param name="fact">The question.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.known-at-out-of-range</c>…).</exception>
    public void RecordInitialQuestion(InitialQuestionFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new InitialQuestionRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records one of the counsellor's own objectives for the intervention, on the result, the process or the impact, set early.</summary>
    /// <param name="fact">The objective, naming the criterion it is evaluated against.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void SetCounsellorObjective(CounsellorObjectiveFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new CounsellorObjectiveSet(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records someone's own judgement of the intervention's success: the counsellor's, the client's, or a joint evaluation held in a session.</summary>
    /// <param name="fact">The judgement; a joint evaluation names a held session of this intervention.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why (<c>evidence.unknown-session</c>…).</exception>
    public void RecordJudgement(JudgementFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, fact.Session ?? default, default, by, new JudgementRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records a third party's contribution as theirs (who by role, what, whether planned): never credited to the counsellor's planned process.</summary>
    /// <param name="fact">The contribution.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordContribution(ContributionFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new ContributionRecorded(fact, _clock.GetCurrentInstant(), by));

    /// <summary>Records the outcome of a course the person entered (started, well completed, abandoned), typically at a follow-up.</summary>
    /// <param name="fact">The course's outcome.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="fact"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The fact is refused; the reasons say why.</exception>
    public void RecordCourseOutcome(CourseFact fact, Actor by)
        => RecordEvidence(fact.IsDefault, fact.KnownAt, default, default, by, new CourseOutcomeRecorded(fact, _clock.GetCurrentInstant(), by));
}

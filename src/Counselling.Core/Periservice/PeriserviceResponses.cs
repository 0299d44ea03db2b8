using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// Turns a client's answers to touchpoints into evidence on the intervention, through its own evidence methods, so the
/// evaluation engine reads them: a satisfaction score, the situation at a follow-up (employment or training and the
/// elements of a decent job), an exercise done. The one place where periservice writes to an intervention.
/// </summary>
/// <remarks>
/// Each method checks first (the touchpoint is in the outbox, not cancelled nor already answered, belongs to the
/// intervention and is of the kind the answer fits), then records the evidence, then marks the touchpoint answered.
/// A refusal at any step changes neither the intervention nor the outbox. An answer that comes late is still
/// evidence, dated when it became known.
/// </remarks>
public static class PeriserviceResponses
{
    /// <summary>Records the answer to a satisfaction survey.</summary>
    /// <param name="outbox">The outbox holding the touchpoint.</param>
    /// <param name="intervention">The intervention it belongs to.</param>
    /// <param name="touchpoint">The satisfaction touchpoint answered.</param>
    /// <param name="score">Satisfaction on a scale.</param>
    /// <param name="knownAt">When the answer became known.</param>
    /// <param name="by">Who records it (usually the client).</param>
    /// <param name="wouldComeBack">Whether the client would come back if needed, if asked.</param>
    /// <param name="wouldRecommend">Whether the client would recommend the service, if asked.</param>
    /// <exception cref="ActionRefusedException">The touchpoint is unknown, cancelled, already answered, of another intervention or of
    /// another kind, or the intervention refuses the evidence; nothing changed.</exception>
    /// <exception cref="ArgumentException"><paramref name="score"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="outbox"/> or <paramref name="intervention"/> is <see langword="null"/>.</exception>
    public static void RecordSatisfaction(
        PeriserviceOutbox outbox, Intervention intervention, TouchpointId touchpoint, ScaleScore score, Instant knownAt, Actor by,
        bool? wouldComeBack = null, bool? wouldRecommend = null)
    {
        Check(outbox, intervention, touchpoint, TouchpointKind.Satisfaction, by);
        var answer = new SatisfactionAnswer(score, knownAt, by.Kind, wouldComeBack, wouldRecommend);
        intervention.RecordSatisfaction(answer, by);
        outbox.MarkAnswered(touchpoint, knownAt);
    }

    /// <summary>Records the answer to a follow-up after closure: the client's activity and, for a job, the elements of a decent job.</summary>
    /// <param name="outbox">The outbox holding the touchpoint.</param>
    /// <param name="intervention">The intervention it belongs to; closed.</param>
    /// <param name="touchpoint">The follow-up touchpoint answered.</param>
    /// <param name="activity">The client's activity: employed, in training, looking…</param>
    /// <param name="job">For a job, its elements as far as known (meets the person's expectations, contract, hours, pay, social protection).</param>
    /// <param name="knownAt">When the answer became known, however late.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ActionRefusedException">The touchpoint is unknown, cancelled, already answered, of another intervention or of
    /// another kind; the intervention never closed (<c>periservice.follow-up-before-closure</c>); or the intervention refuses the evidence; nothing changed.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default value, or <paramref name="job"/> is given for an activity that is not a job.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="outbox"/> or <paramref name="intervention"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is undefined.</exception>
    public static void RecordFollowUp(
        PeriserviceOutbox outbox, Intervention intervention, TouchpointId touchpoint, SituationKind activity, JobQuality? job, Instant knownAt, Actor by)
    {
        var entry = Check(outbox, intervention, touchpoint, TouchpointKind.FollowUp, by);
        if (intervention.ClosedAt is null)
        {
            throw PeriserviceRefusal.Refuse("RecordResponse", PeriserviceRefusal.FollowUpBeforeClosure);
        }

        var months = Math.Clamp(entry.Touchpoint.Rule.Offset.WholeMonths, 0, 120);
        var fact = new SituationFact(activity, knownAt, by.Kind, months, job);
        intervention.RecordSituation(fact, by);
        outbox.MarkAnswered(touchpoint, knownAt);
    }

    /// <summary>Records that the exercise sent after the first session was done: the action of the plan that stands for it is done.</summary>
    /// <param name="outbox">The outbox holding the touchpoint.</param>
    /// <param name="intervention">The intervention it belongs to.</param>
    /// <param name="touchpoint">The exercise touchpoint answered.</param>
    /// <param name="exercise">The action of the plan agreed for the exercise.</param>
    /// <param name="knownAt">When it became known.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ActionRefusedException">The touchpoint is unknown, cancelled, already answered, of another intervention or of
    /// another kind, or the intervention refuses the change (an unknown action…); nothing changed.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="outbox"/> or <paramref name="intervention"/> is <see langword="null"/>.</exception>
    public static void RecordExerciseDone(
        PeriserviceOutbox outbox, Intervention intervention, TouchpointId touchpoint, PlanActionId exercise, Instant knownAt, Actor by)
    {
        Check(outbox, intervention, touchpoint, TouchpointKind.Exercise, by);
        intervention.RecordActionStatus(exercise, PlanActionStatus.Done, by);
        outbox.MarkAnswered(touchpoint, knownAt);
    }

    private static OutboxEntry Check(PeriserviceOutbox outbox, Intervention intervention, TouchpointId touchpoint, TouchpointKind kind, Actor by)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(intervention);
        Guard.Known(by);
        var entry = outbox.RequireAnswerable(touchpoint);
        if (entry.Touchpoint.Intervention != intervention.Id)
        {
            throw PeriserviceRefusal.Refuse("RecordResponse", PeriserviceRefusal.OtherIntervention);
        }

        return entry.Touchpoint.Kind == kind
            ? entry
            : throw PeriserviceRefusal.Refuse("RecordResponse", PeriserviceRefusal.ResponseDoesNotFit,
                new ReasonArgument("expected", kind), new ReasonArgument("kind", entry.Touchpoint.Kind));
    }
}

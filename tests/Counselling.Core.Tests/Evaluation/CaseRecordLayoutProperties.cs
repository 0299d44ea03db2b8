using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// A case record keeps the links between observations of one item (sessions, actions, objectives, options) and each
/// objective's first reaching reading in one joined array, and what few records carry (an export's case id, an
/// agency, a session count, declared gaps, an earlier intervention, the rarer fact lists) apart; its optional client,
/// counsellor, closure and planned end without a nullable's flag; its actions in a compact form, the session each was
/// agreed at named by the place of that session's first fact, and its readings, each objective named by the place of
/// its first fact, the public lists made from them. What it gives back
/// must be exactly what the plain computation over its facts gives, and exactly what it was built from.
/// </summary>
public sealed class CaseRecordLayoutProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Links_AreThoseComputedFromTheFacts(RandomHistory history, int variant)
    {
        var record = Vary(history, variant);
        return Same(record.SessionNext, FactList.NextObservation(record.SessionArray, s => s.Session))
            && Same(record.ActionNext, FactList.NextObservation(record.ActionArray, a => a.Action))
            && Same(record.ObjectiveNext, FactList.NextObservation(record.ObjectiveArray, o => o.Objective))
            && Same(record.OptionNext, FactList.NextObservation(record.OptionArray, o => o.Label))
            && record.ObjectiveReach.SequenceEqual(FactList.FirstReach(record.ObjectiveArray, [.. record.Readings]));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool OptionalValues_AreThoseTheRecordWasBuiltFrom_AndSurviveRebuilding(RandomHistory history, int variant)
    {
        var v = Math.Abs(variant % 128);
        var plain = history.Build();
        var builder = plain.ToBuilder();
        var agency = (v & 1) != 0 ? "agency-" + (v % 5) : null;
        int? count = (v & 2) != 0 ? v % 9 : null;
        var unrecorded = (v & 4) != 0 ? (EvidenceKinds)(1 << (v % 11)) : EvidenceKinds.None;
        InterventionId? previous = (v & 8) != 0 ? new InterventionId(new Guid(v + 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)) : null;
        var at = history.OpenedAt + Duration.FromDays(3);
        builder.WithAgency(agency).WithSessionCount(count).NotRecorded(unrecorded).FollowingOn(previous);
        if ((v & 64) != 0)
        {
            builder.WithClient(null).WithCounsellor(null);
        }
        if ((v & 16) != 0)
        {
            builder.Add(new JudgementFact(JudgeKind.Client, JudgementAnswer.Succeeded, at, ActorKind.Client));
            builder.Add(new ContributionFact(ThirdPartyRole.Parent, "interview", at, ActorKind.Partner));
        }

        if ((v & 32) != 0)
        {
            builder.Add(new CourseFact("course-1", CourseStatus.Started, at, ActorKind.Client));
            builder.Add(new InitialQuestionFact("which-trade", at, ActorKind.Client));
            builder.Add(new CounsellorObjectiveFact("clarify-project", at, ActorKind.Counsellor));
        }

        var record = builder.Build();
        var again = record.ToBuilder().Build();
        var client = (v & 64) != 0 ? null : plain.Client;
        var counsellor = (v & 64) != 0 ? null : plain.Counsellor;
        Instant[] instants = [history.OpenedAt, history.AsOf, history.ClosedAt ?? history.AsOf, (history.ClosedAt ?? history.AsOf) - Duration.Epsilon];
        return record.Client == client && record.Counsellor == counsellor && again.Client == client && again.Counsellor == counsellor
            && record.ClosedAt == history.ClosedAt && record.ClosureReason == (history.ClosedAt is null ? null : history.Reason) && record.PlannedEnd == history.PlannedEnd
            && again.ClosedAt == record.ClosedAt && again.ClosureReason == record.ClosureReason && again.PlannedEnd == record.PlannedEnd
            && instants.All(t => record.IsClosedAt(t) == (history.ClosedAt is { } closed && closed <= t))
            && record.Agency == agency && record.SessionCount == count && record.DeclaredUnrecorded == unrecorded && record.PreviousIntervention == previous
            && record.Judgements.Length == ((v & 16) != 0 ? 1 : 0) && record.Contributions.Length == ((v & 16) != 0 ? 1 : 0)
            && record.Courses.Length == ((v & 32) != 0 ? 1 : 0) && record.InitialQuestions.Length == ((v & 32) != 0 ? 1 : 0)
            && record.CounsellorObjectives.Length == ((v & 32) != 0 ? 1 : 0)
            && again.Agency == agency && again.SessionCount == count && again.DeclaredUnrecorded == unrecorded && again.PreviousIntervention == previous
            && again.CaseId == record.CaseId && again.Unrecorded == record.Unrecorded
            && again.Judgements.SequenceEqual(record.Judgements) && again.Contributions.SequenceEqual(record.Contributions)
            && again.Courses.SequenceEqual(record.Courses) && again.InitialQuestions.SequenceEqual(record.InitialQuestions)
            && again.CounsellorObjectives.SequenceEqual(record.CounsellorObjectives);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool ActionsAndReadings_AreTheFactsTheRecordWasBuiltFrom_ThroughABuilderAndBack(RandomHistory history, int variant)
    {
        var record = history.Build();
        var facts = history.Structure.Concat(history.Evidence).ToArray();
        var actions = facts.OfType<ActionFact>().OrderBy(a => a.KnownAt).ToArray();
        var readings = facts.OfType<IndicatorReading>().OrderBy(r => r.KnownAt).ToArray();
        var again = record.ToBuilder().Build();

        // A session and an objective known before every other move the place of every session and objective fact by one;
        // known last, they move none.
        var v = Math.Abs(variant % 3);
        var at = v == 1 ? history.OpenedAt : history.OpenedAt + Duration.FromDays(5000);
        var moved = v == 0 ? again
            : record.ToBuilder()
                .Add(new SessionFact(new SessionId(new Guid(variant, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)), true, SessionStatus.Planned, at, ActorKind.Counsellor))
                .Add(new ObjectiveFact(new ObjectiveId(new Guid(variant, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8)), at.InUtc().Date.PlusDays(30), 0, 3, IndicatorDirection.Increase, at, ActorKind.Client))
                .Build();
        return new[] { record, again, moved }.All(r => r.Actions.SequenceEqual(actions) && r.Readings.SequenceEqual(readings) && KeepsTheActions(r) && KeepsTheReadings(r))
            && record.Actions == record.Actions && record.Readings == record.Readings;
    }

    /// <summary>Whether every compact reading shows the values of its public fact and names the first fact of its objective.</summary>
    internal static bool KeepsTheReadings(CaseRecord record)
    {
        var compact = record.ReadingArray;
        var facts = record.Readings;
        for (var i = 0; i < compact.Length; i++)
        {
            var (c, f) = (compact[i], facts[i]);
            if (c.Value != f.Value || c.KnownAt != f.KnownAt || c.Source != f.Source || c.IsDefault
                || c.Objective != Array.FindIndex(record.ObjectiveArray, o => o.Objective == f.Objective)
                || !c.IsKnownBy(new KnownCutoff(f.KnownAt)) || c.IsKnownBy(new KnownCutoff(f.KnownAt - Duration.Epsilon)))
            {
                return false;
            }
        }

        return compact.Length == facts.Length;
    }

    /// <summary>Whether every compact action shows the values of its public fact and names the first fact of its session.</summary>
    internal static bool KeepsTheActions(CaseRecord record)
    {
        var compact = record.ActionArray;
        var facts = record.Actions;
        if (compact.Length != facts.Length)
        {
            return false;
        }

        for (var i = 0; i < compact.Length; i++)
        {
            var (c, f) = (compact[i], facts[i]);
            var place = f.AgreedAt is { } session ? Array.FindIndex(record.SessionArray, s => s.Session == session) : RecordedAction.NoSession;
            if (c.Action != f.Action || c.Owner != f.Owner || c.Status != f.Status || c.KnownAt != f.KnownAt || c.Source != f.Source || c.AgreedAt != place
                || c.IsDefault || !c.IsKnownBy(new KnownCutoff(f.KnownAt)) || c.IsKnownBy(new KnownCutoff(f.KnownAt - Duration.Epsilon)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(ReadOnlySpan<int> joined, int[]? plain) => plain is null ? joined.IsEmpty : joined.SequenceEqual(plain);

    /// <summary>The history's record, in some variants with each objective observed again later (objectives are otherwise observed once) and an option observed again.</summary>
    private static CaseRecord Vary(RandomHistory history, int variant)
    {
        var record = history.Build();
        var v = Math.Abs(variant % 4);
        if (v == 0)
        {
            return record;
        }

        var builder = record.ToBuilder();
        if ((v & 1) != 0)
        {
            foreach (var o in record.Objectives)
            {
                builder.Add(new ObjectiveFact(o.Objective, o.Deadline, o.Baseline, o.Target, o.Direction, o.KnownAt + Duration.FromDays(20), o.Source));
            }
        }

        if ((v & 2) != 0 && record.Options.Length > 0)
        {
            // The latest observation again, a day later: the same status, so never a resolved option opened again.
            var last = record.Options[^1];
            builder.Add(new OptionFact(last.Label, last.Status, last.KnownAt + Duration.FromDays(1), last.Source, last.ExpectedBy));
        }

        return builder.Build();
    }
}

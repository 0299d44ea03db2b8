using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Situation;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using NodaTime;

namespace Counselling.Research.Tests.Files;

/// <summary>
/// The layout's mapping written fact by fact through the public <see cref="CaseRecordBuilder"/> (what the mapper did
/// before its direct path): the reference the mapper's records and problems are compared with.
/// </summary>
internal static class PublicBuilderMapping
{
    public static bool TryMap(CohortRow row, long line, out CaseRecord? record, out CohortProblem problem)
    {
        record = null;
        problem = default;
        var zone = row.Zone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(row.Zone);
        if (zone is null)
        {
            problem = new CohortProblem(line, CohortColumns.Zone, CohortFileCodes.ZoneUnknown);
            return false;
        }

        var caseGuid = CohortRecordMapper.IdOf(row.CaseId, "case");
        CaseRecordBuilder builder;
        try
        {
            builder = new CaseRecordBuilder(
                new InterventionId(caseGuid),
                new ClientId(row.ClientId is { } client ? CohortRecordMapper.IdOf(client, "client") : CohortRecordMapper.Derive(caseGuid, 0x10, 0)),
                new CounsellorId(row.CounsellorId is { } counsellor ? CohortRecordMapper.IdOf(counsellor, "counsellor") : CohortRecordMapper.Derive(caseGuid, 0x20, 0)),
                row.Programme,
                At(row.OpenedOn, zone),
                zone);
            builder.WithSite(row.Site);
        }
        catch (ArgumentException e)
        {
            // The builder refuses a code that is not one: the file's field says which.
            problem = new CohortProblem(line, e.ParamName == "site" ? CohortColumns.Site : CohortColumns.Programme, CohortFileCodes.CodeInvalid);
            return false;
        }

        try
        {
            Fill(builder, row, zone, caseGuid);
            record = builder.Build();
            return true;
        }
        catch (ArgumentException)
        {
            problem = new CohortProblem(line, null, CohortFileCodes.Inconsistent);
            return false;
        }
    }

    private static Instant At(LocalDate date, DateTimeZone zone) => CohortRecordMapper.At(date, zone);

    private static void Fill(CaseRecordBuilder builder, CohortRow row, DateTimeZone zone, Guid caseGuid)
    {
        var opened = At(row.OpenedOn, zone);
        builder.WithPlannedEnd(row.PlannedEnd).NotRecorded(CohortRecordMapper.NotRecorded(row.Blanks));
        var sessionFacts = (row.Blanks & (CohortBlanks.SessionsPlanned | CohortBlanks.SessionsHeld)) == 0;
        if (!sessionFacts && (row.Blanks & CohortBlanks.SessionsHeld) == 0)
        {
            builder.WithSessionCount(row.SessionsHeld);
        }

        var last = row.ClosedOn ?? LocalDate.MaxIsoValue;
        LocalDate SessionDate(int i)
        {
            var date = row.OpenedOn.PlusDays(7 * i);
            return date > last ? last : date;
        }

        for (var i = 0; sessionFacts && i < row.SessionsPlanned; i++)
        {
            var on = SessionDate(i);
            var held = i < row.SessionsHeld;
            var session = new SessionId(CohortRecordMapper.Derive(caseGuid, 0x30, i));
            if (held && i < row.SessionsWithOutcome)
            {
                builder.Add(new SessionFact(session, true, SessionStatus.Held, At(on, zone), ActorKind.Counsellor, on, SessionProgress.Progressed, SessionOutcomeKind.Proposal));
            }
            else
            {
                builder.Add(new SessionFact(session, true, held ? SessionStatus.Held : SessionStatus.Missed, At(on, zone), ActorKind.Counsellor, on));
            }
        }

        var lastHeld = sessionFacts && row.SessionsHeld > 0 ? SessionDate(row.SessionsHeld - 1) : row.OpenedOn;
        var actionsReviewed = (row.Blanks & CohortBlanks.ActionsDone) == 0;
        for (var i = 0; i < row.ActionsAgreed; i++)
        {
            var action = new PlanActionId(CohortRecordMapper.Derive(caseGuid, 0x40, i));
            builder.Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.Agreed, opened, ActorKind.Counsellor));
            if (!actionsReviewed)
            {
                continue;
            }

            if (i < row.ActionsDone)
            {
                builder.Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.Done, At(lastHeld, zone), ActorKind.Counsellor));
            }
            else if (row.ClosedOn is { } closedOn)
            {
                builder.Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.NotDone, At(closedOn, zone), ActorKind.Counsellor));
            }
        }

        if (row.DecisionOn is { } decision)
        {
            builder.Add(new DecisionFact(DecisionKind.Other, At(decision, zone), ActorKind.Counsellor));
        }

        if (row.EmploymentOrTrainingOn is { } entered)
        {
            builder.Add(new SituationFact(SituationKind.Employed, At(entered, zone), ActorKind.Counsellor));
        }
        else if (row.ClosedOn is { } closedWithout && (row.Blanks & CohortBlanks.EmploymentOrTrainingOn) == 0)
        {
            builder.Add(new SituationFact(SituationKind.JobSeeking, At(closedWithout, zone), ActorKind.Counsellor));
        }

        var end = row.ClosedOn ?? lastHeld;
        if (row.Satisfaction is { } satisfaction)
        {
            builder.Add(new SatisfactionAnswer(new ScaleScore(satisfaction, 1, 5), At(end, zone), ActorKind.Client, wouldRecommend: row.WouldRecommend));
        }

        if (row.AutonomyAtIntake is { } intake)
        {
            builder.Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(intake, 1, 5), opened, ActorKind.Counsellor));
        }

        if (row.AutonomyAtClosure is { } closure)
        {
            builder.Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(closure, 1, 5), At(end, zone), ActorKind.Counsellor));
        }

        if (row.ClosedOn is { } closed)
        {
            builder.Close(At(closed, zone), row.ClosureReason!.Value);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Services;
using Counselling.Core.Tests.Services;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// The test oracle of the validated rebuild: plays a history through the intent methods, each at its event's instant,
/// and says whether they record exactly that history. A history the intent methods can produce must rebuild; any
/// other must be refused.
/// </summary>
internal static class IntentReplay
{
    /// <summary>Plays the events through the intent methods.</summary>
    /// <returns>The intervention, or <see langword="null"/> if an intent method refused or threw on an argument.</returns>
    public static Intervention? Play(IReadOnlyList<InterventionEvent> history, IDateTimeZoneProvider zones)
    {
        if (history.Count == 0 || history[0] is not InterventionOpened opened)
        {
            return null;
        }

        var clock = new FakeClock(opened.At);
        try
        {
            var intervention = Intervention.Open(new AgencyClock(clock, zones, opened.ZoneId), opened.Intervention, opened.Client, opened.Counsellor, opened.Programme, opened.By);
            if (opened.Previous is not null)
            {
                return null;
            }

            foreach (var evt in history.Skip(1))
            {
                if (evt is SpecialistReferralRecommended)
                {
                    // The intent method that records the session records the recommendation with it.
                    continue;
                }

                clock.Reset(evt.At);
                Do(intervention, evt);
            }

            return intervention;
        }
        catch (Exception e) when (e is ActionRefusedException or ArgumentException or NullReferenceException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Whether the intent methods record exactly these events (positions aside).</summary>
    public static bool Produces(IReadOnlyList<InterventionEvent> history, IDateTimeZoneProvider zones)
        => Play(history, zones) is { } played && Unpositioned(played.History).SequenceEqual(Unpositioned(history));

    public static IEnumerable<InterventionEvent> Unpositioned(IEnumerable<InterventionEvent> history) => history.Select(e => e with { Position = 0 });

    /// <summary>The name a stored answer's decision was noted with, found by its number ("?" when the option has none such).</summary>
    private static string NameOf(Intervention i, AwaitedDecisionReceived received)
        => i.FindOption(received.Option)?.Decisions.FirstOrDefault(d => d.Number == received.Decision)?.Label ?? "?";

    private static ReferralOrigin OriginOf(ReferralMade made)
        => made.OriginKind == ReferralOriginKind.Suggestion && CatalogueExamples.Catalogue.TryFind(made.Service, out var service)
            ? ReferralOrigin.FromSuggestion(new ServiceSuggestion(service, 0, []))
            : ReferralOrigin.CounsellorChoice;

    private static void Do(Intervention i, InterventionEvent evt)
    {
        switch (evt)
        {
            case IntakeStarted: i.StartIntake(evt.By); break;
            case IntakeCompleted: i.CompleteIntake(evt.By); break;
            case DiagnosisShared { Agreement: { } agreement } e: i.ShareDiagnosis(e.Session, agreement, e.By); break;
            case DiagnosisShared e: i.ShareDiagnosis(e.Session, e.By); break;
            case ActiveHelpResumed: i.ResumeActiveHelp(evt.By); break;
            case ReferralMade { OriginKind: ReferralOriginKind.SessionsWithoutProgress } e: i.ReferToSpecialist(e.Referral, CatalogueExamples.Catalogue, e.Service, e.By); break;
            case ReferralMade e: i.Refer(e.Referral, CatalogueExamples.Catalogue, e.Service, OriginOf(e), e.By); break;
            case ReferralStatusRecorded e: i.RecordReferralStatus(e.Referral, e.Action, e.By); break;
            case AspirationRecorded e: i.RecordAspiration(e.Aspiration, e.By); break;
            case InterventionActivated: i.Activate(evt.By); break;
            case InterventionPutOnHold e: i.PutOnHold(e.Reason, e.ExpectedBy, e.By); break;
            case InterventionResumed: i.Resume(evt.By); break;
            case FollowUpStarted: i.StartFollowUp(evt.By); break;
            case InterventionClosed e: i.Close(e.Reason, e.By); break;
            case SessionPlanned e: i.PlanSession(e.Session, e.Start, e.ZoneId, e.By); break;
            case SessionRecorded e: i.RecordSession(e.Session, e.HeldAt, e.Outcomes, e.Progress, e.By); break;
            case SessionMissed e: i.MarkSessionMissed(e.Session, e.By); break;
            case SessionCancelled e: i.CancelSession(e.Session, e.By); break;
            case ObjectiveProposed e: i.ProposeObjective(e.Objective, e.By); break;
            case ObjectiveRevised e: i.ReviseObjective(e.Objective, e.By); break;
            case ObjectiveAgreed e: i.AgreeObjective(e.Objective, e.Agreement.Session, e.By); break;
            case DesiredBenefitAdded e: i.AddDesiredBenefit(e.Benefit, e.By); break;
            case BarrierIdentified e: i.IdentifyBarrier(e.Barrier, e.By); break;
            case BarrierStatusChanged e: i.ChangeBarrierStatus(e.Barrier, e.Status, e.By); break;
            case PlanActionAgreed e: i.AgreeAction(e.Action with { Agreement = null }, e.By); break;
            case PlanActionStatusRecorded e: i.RecordActionStatus(e.Action, e.Status, e.By); break;
            case PlanActionReviewed e: i.ReviewAction(e.Action, e.Session, e.Outcome, e.By); break;
            case DecisionRecorded e: i.RecordDecision(e.Fact, e.By); break;
            case OptionRecorded e: i.RecordOption(e.Fact, e.By); break;
            case SituationRecorded e: i.RecordSituation(e.Fact, e.By); break;
            case SatisfactionRecorded e: i.RecordSatisfaction(e.Fact, e.By); break;
            case AutonomyAssessed e: i.AssessAutonomy(e.Assessment, e.By); break;
            case SituationAssessed e: i.AssessSituation(e.Assessment, e.By); break;
            case OptionAdded e: i.AddOption(e.Label, e.Occupation, e.By); break;
            case DecisionAwaited e: i.AwaitDecision(e.Option, e.Label, e.ExpectedOn, e.By); break;
            case AwaitedDecisionReceived e: i.RecordDecisionOutcome(e.Option, NameOf(i, e), e.Outcome, e.By); break;
            case IndicatorMeasured e: i.RecordIndicator(e.Fact, e.By); break;
            case InitialQuestionRecorded e: i.RecordInitialQuestion(e.Fact, e.By); break;
            case CounsellorObjectiveSet e: i.SetCounsellorObjective(e.Fact, e.By); break;
            case JudgementRecorded e: i.RecordJudgement(e.Fact, e.By); break;
            case ContributionRecorded e: i.RecordContribution(e.Fact, e.By); break;
            case CourseOutcomeRecorded e: i.RecordCourseOutcome(e.Fact, e.By); break;
            default: throw new InvalidOperationException("The oracle does not know " + evt.GetType().Name + ".");
        }
    }
}

using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;

namespace Counselling.Core.Interventions;

/// <content>
/// Co-construction: the shared diagnosis holds what was agreed (the client's view, the counsellor's, their common
/// reading); actions of the plan hold the client's agreement; the client's wishes and aspirations are kept beside the
/// objectives. The client agrees; the counsellor may record it on the client's behalf, and both are kept.
/// </content>
public sealed partial class Intervention
{
    private readonly List<Aspiration> _aspirations = [];

    /// <summary>Gets what the client and the counsellor agreed in the shared diagnosis, or <see langword="null"/> if it was not recorded.</summary>
    public DiagnosisAgreement? Diagnosis { get; private set; }

    /// <summary>Gets the wishes and aspirations the client expressed, in the order they were recorded: shown beside the objectives.</summary>
    public IReadOnlyList<Aspiration> Aspirations => _aspirations.AsReadOnly();

    /// <summary>
    /// Records that the diagnosis was shared with the client and negotiated at a held session, with what was agreed;
    /// planning starts.
    /// </summary>
    /// <param name="session">The held session where it was shared.</param>
    /// <param name="agreement">The client's view, the counsellor's view and the reading they agreed on, with the client who agreed.</param>
    /// <param name="recordedBy">Who records it: the client, or the counsellor on the client's behalf.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> or <paramref name="recordedBy"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>agreement.not-by-client</c> when the agreement names
    /// another client, <c>diagnosis.session-not-held</c>…).
    /// </exception>
    public void ShareDiagnosis(SessionId session, DiagnosisAgreement agreement, Actor recordedBy)
    {
        Guard.NotDefault(session);
        ArgumentNullException.ThrowIfNull(agreement);
        Guard.Known(recordedBy);
        var context = ActionContext.For(InterventionAction.ShareDiagnosis, _clock.GetCurrentInstant());
        context.Session = session;
        context.AgreedBy = agreement.Client;
        Execute(ref context, new DiagnosisShared(session, context.Now, recordedBy) { Agreement = agreement });
    }

    /// <summary>
    /// Agrees an action of the action plan at a held session with the client's agreement recorded: who agreed, when, at
    /// which session, recorded by whom.
    /// </summary>
    /// <param name="action">The action, <see cref="Evidence.PlanActionStatus.Agreed"/> and not reviewed.</param>
    /// <param name="client">The client who agrees: <see cref="Actor.Client"/> of this intervention's client.</param>
    /// <param name="recordedBy">Who records it: the client, or the counsellor on the client's behalf.</param>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An actor is the default value, or the action is not freshly agreed.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>agreement.not-by-client</c> when someone other than the
    /// client would agree, <c>plan.session-not-held</c>…).
    /// </exception>
    public void AgreeAction(PlanAction action, Actor client, Actor recordedBy)
    {
        Guard.Known(client);
        Guard.Known(recordedBy);
        var context = PlanActionContext(action);
        context.AgreedBy = client;
        if (!Satisfies(in context))
        {
            throw Refusal(in context);
        }

        var agreed = action with { Agreement = new ObjectiveAgreement(context.Now, action.AgreedAt, client, recordedBy) };
        context.PlanAction = agreed;
        Execute(ref context, new PlanActionAgreed(agreed, context.Now, recordedBy));
    }

    /// <summary>Records a wish or aspiration the client expressed ("become a sound engineer"), kept beside the objectives.</summary>
    /// <param name="aspiration">The aspiration, expressed by this intervention's client, at a held session if it names one.</param>
    /// <param name="by">Who records it: the client, or the counsellor on the client's behalf.</param>
    /// <exception cref="ArgumentNullException"><paramref name="aspiration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>aspiration.other-client</c>, <c>evidence.unknown-session</c>…).
    /// </exception>
    public void RecordAspiration(Aspiration aspiration, Actor by)
    {
        ArgumentNullException.ThrowIfNull(aspiration);
        Guard.Known(by);
        var context = ActionContext.For(InterventionAction.RecordAspiration, _clock.GetCurrentInstant());
        context.AgreedBy = aspiration.ExpressedBy;
        context.Session = aspiration.Session ?? default;
        Execute(ref context, new AspirationRecorded(aspiration, context.Now, by));
    }
}

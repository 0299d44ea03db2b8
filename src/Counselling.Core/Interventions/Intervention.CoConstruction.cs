using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
    private List<Aspiration>? _aspirations;

    /// <summary>Gets what the client and the counsellor agreed in the shared diagnosis, or <see langword="null"/> if it was not recorded.</summary>
    public DiagnosisAgreement? Diagnosis { get; private set; }

    /// <summary>Gets the wishes and aspirations the client expressed, in the order they were recorded: shown beside the objectives.</summary>
    public IReadOnlyList<Aspiration> Aspirations => _aspirations is null ? ReadOnlyCollection<Aspiration>.Empty : _aspirations.AsReadOnly();

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
        Guard.Known(recordedBy);
        var context = DiagnosisAgreementContext(session, agreement);
        Execute(in context, new DiagnosisShared(session, context.Now, recordedBy) { Agreement = agreement });
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
        Guard.Known(by);
        var context = AspirationContext(aspiration);
        Execute(in context, new AspirationRecorded(aspiration, context.Now, by));
    }

    /// <summary>Says whether the diagnosis may be recorded as shared now, with what was agreed, and if not why.</summary>
    /// <param name="session">The held session where it was shared.</param>
    /// <param name="agreement">What was agreed.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default value.</exception>
    public Permission CanShareDiagnosis(SessionId session, DiagnosisAgreement agreement)
        => Evaluate(DiagnosisAgreementContext(session, agreement));

    /// <summary>Says whether an aspiration may be recorded now, and if not why.</summary>
    /// <param name="aspiration">The aspiration.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aspiration"/> is <see langword="null"/>.</exception>
    public Permission CanRecordAspiration(Aspiration aspiration)
        => Evaluate(AspirationContext(aspiration));

    private DiagnosisInput DiagnosisAgreementContext(SessionId session, DiagnosisAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return ShareDiagnosisContext(session, agreement.Client);
    }

    private AspirationInput AspirationContext(Aspiration aspiration)
    {
        ArgumentNullException.ThrowIfNull(aspiration);
        return new AspirationInput(_clock.GetCurrentInstant(), false, aspiration.ExpressedBy, aspiration.Session ?? default);
    }
}

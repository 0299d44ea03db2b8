using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;

namespace Counselling.Core.Interventions;

/// <content>
/// The flexible path: a follow-up may turn back into active help; sessions and actions go on while waiting for an
/// outside answer; a one-off piece of advice closes as a success of its own (<see cref="Evidence.ClosureReason.OneOffAdvice"/>);
/// and sessions in a row without progress or without a concrete outcome lead to a visible recommendation to refer the
/// client to a specialist, which the counsellor acts on with
/// <see cref="ReferToSpecialist(Services.ReferralId, Services.ServiceCatalogue, Services.ServiceId, Actor)"/>.
/// </content>
public sealed partial class Intervention
{
    // A specialist referral was made since the rules last recommended one: the recommendation is answered.
    private bool _specialistReferred;

    /// <summary>
    /// Gets why the rules recommend a referral to a psychologist or another specialist
    /// (<c>specialist.referral-recommended</c>, with the <c>count</c> of sessions in a row without progress or without a
    /// concrete outcome), or <see langword="null"/> when they do not, or the referral was made. A screen shows it beside
    /// the <see cref="InterventionAction.ReferToSpecialist"/> action it offers.
    /// </summary>
    public Reason? SpecialistReferralRecommendation
        => IsSpecialistReferralRecommended ? new Reason("specialist.referral-recommended", new ReasonArgument("count", _sessionsWithoutProgress)) : null;

    /// <summary>Gets a value indicating whether a session was held that ended with a concrete outcome: the evidence of one-off advice.</summary>
    internal bool HasHeldSessionWithOutcome
    {
        get
        {
            foreach (var session in _sessions)
            {
                if (session is { Status: SessionStatus.Held, LacksConcreteOutcome: false })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Turns a follow-up back into active help: the contact after the intervention found the person needs more.</summary>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now (only from the follow-up); the reasons say why.</exception>
    public void ResumeActiveHelp(Actor by)
        => Transit(InterventionAction.ResumeActiveHelp, by, static (now, actor) => new ActiveHelpResumed(now, actor));

}

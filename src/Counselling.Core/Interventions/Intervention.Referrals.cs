using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Services;

namespace Counselling.Core.Interventions;

/// <content>
/// Referrals to services of the catalogue. A referral made in an intervention enters its action plan ("who does what":
/// the partner organisation provides the service, the client attends it) and goes through the referral's own lifecycle
/// (<see cref="Referral"/>: proposed, accepted, started, completed, or declined, no-show, cancelled), each change an event
/// of the intervention, so the plan, the shared pathway and the evaluation read them from one history. The referral to a
/// psychologist or another specialist recommended after sessions without progress is one of them
/// (<see cref="ReferToSpecialist"/>).
/// </content>
public sealed partial class Intervention
{
    // Made at the first referral or the first read: most interventions a host loads have none.
    private IndexedList<ReferralId, ReferralEntry>? _referralEntries;
    private Dictionary<ReferralId, Referral>? _referrals;

    /// <summary>Gets the referrals made in the intervention, in the order they were made, each with where it stands. The list is read-only.</summary>
    public IReadOnlyList<ReferralEntry> Referrals => ReferralList.View;

    private IndexedList<ReferralId, ReferralEntry> ReferralList => _referralEntries ??= new(static r => r.Id);

    /// <summary>Gets a value indicating whether a referral is still under way (not completed, declined, missed or cancelled).</summary>
    internal bool HasReferralUnderWay
    {
        get
        {
            if (_referralEntries is null)
            {
                return false;
            }

            foreach (var entry in _referralEntries)
            {
                if (!entry.IsEnded)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Refers the client to a service of the catalogue: the referral enters the action plan, proposed, the partner
    /// organisation providing the service and the client attending it.
    /// </summary>
    /// <param name="referral">The new referral's identifier.</param>
    /// <param name="catalogue">The catalogue the service must be in.</param>
    /// <param name="service">The service.</param>
    /// <param name="origin">Why the referral is made: the counsellor's choice with the client, or a suggestion. A referral after sessions without progress goes through <see cref="ReferToSpecialist"/>.</param>
    /// <param name="by">Who made it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="origin"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier or <paramref name="by"/> is the default value, or <paramref name="origin"/> is after sessions without progress.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>referral.service-not-in-catalogue</c>,
    /// <c>referral.service-inactive</c>, <c>referral.already-made</c>…). Nothing changes.
    /// </exception>
    public void Refer(ReferralId referral, ServiceCatalogue catalogue, ServiceId service, ReferralOrigin origin, Actor by)
    {
        Guard.Known(by);
        var context = ReferContext(referral, catalogue, service, origin, out var found);
        Execute(in context, Made(referral, catalogue, service, found, origin, context.Now, by));
    }

    /// <summary>Says whether the client may be referred to a service now, and if not why.</summary>
    /// <param name="referral">The new referral's identifier.</param>
    /// <param name="catalogue">The catalogue the service must be in.</param>
    /// <param name="service">The service.</param>
    /// <param name="origin">Why the referral is made.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="origin"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier is the default value, or <paramref name="origin"/> is after sessions without progress.</exception>
    public Permission CanRefer(ReferralId referral, ServiceCatalogue catalogue, ServiceId service, ReferralOrigin origin)
        => Evaluate(ReferContext(referral, catalogue, service, origin, out _));

    /// <summary>
    /// Refers the client to a psychologist or another specialist of the catalogue, as the rules recommend
    /// (<see cref="SpecialistReferralRecommendation"/>): a referral with the origin "after sessions without progress" and
    /// their count, which enters the action plan and goes through the referral's lifecycle like any other.
    /// </summary>
    /// <param name="referral">The new referral's identifier.</param>
    /// <param name="catalogue">The catalogue the service must be in.</param>
    /// <param name="service">The specialist's service.</param>
    /// <param name="by">Who made it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>specialist.not-recommended</c> when the rules do not
    /// recommend it, or it was already made; <c>referral.service-not-in-catalogue</c>…). Nothing changes.
    /// </exception>
    public void ReferToSpecialist(ReferralId referral, ServiceCatalogue catalogue, ServiceId service, Actor by)
    {
        Guard.Known(by);
        var context = SpecialistContext(referral, catalogue, service, out var found);
        var origin = _sessionsWithoutProgress >= 1 ? ReferralOrigin.AfterSessionsWithoutProgress(_sessionsWithoutProgress) : ReferralOrigin.CounsellorChoice;
        Execute(in context, Made(referral, catalogue, service, found, origin, context.Now, by));
    }

    /// <summary>Says whether the client may be referred to a specialist's service now, and if not why.</summary>
    /// <param name="referral">The new referral's identifier.</param>
    /// <param name="catalogue">The catalogue the service must be in.</param>
    /// <param name="service">The specialist's service.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier is the default value.</exception>
    public Permission CanReferToSpecialist(ReferralId referral, ServiceCatalogue catalogue, ServiceId service)
        => Evaluate(SpecialistContext(referral, catalogue, service, out _));

    /// <summary>
    /// Records where a referral stands, as its lifecycle allows: the client or the partner accepts or declines it, the
    /// client starts and completes the service, the counsellor or the partner records a no-show, anyone cancels it.
    /// Allowed after the closure too: a partner's answer may come later.
    /// </summary>
    /// <param name="referral">The referral.</param>
    /// <param name="action">What happened to it.</param>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="referral"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>referral.unknown</c>, <c>referral.not-allowed-in-state</c>,
    /// <c>referral.answer-by-client-or-partner</c>…). Nothing changes.
    /// </exception>
    public void RecordReferralStatus(ReferralId referral, ReferralAction action, Actor by)
    {
        var context = ReferralStatusContext(referral, action, by);
        Execute(in context, new ReferralStatusRecorded(referral, action, context.Now, by));
    }

    /// <summary>Says whether a referral's status may be recorded now, by an actor, and if not why.</summary>
    /// <param name="referral">The referral.</param>
    /// <param name="action">What happened to it.</param>
    /// <param name="by">Who would record it.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="referral"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    public Permission CanRecordReferralStatus(ReferralId referral, ReferralAction action, Actor by)
        => Evaluate(ReferralStatusContext(referral, action, by));

    /// <summary>Gets the referral with the given identifier.</summary>
    /// <param name="referral">The identifier.</param>
    /// <returns>The referral as the plan shows it, or <see langword="null"/>.</returns>
    public ReferralEntry? FindReferral(ReferralId referral) => _referralEntries?.Find(referral);

    /// <summary>The reasons the referral's own lifecycle refuses the change, its clock aside; <see langword="null"/> when it allows it or the referral is unknown.</summary>
    internal IReadOnlyList<Reason>? ReferralRefusals(in ReferralStatusInput context)
    {
        if (_referrals is null || !_referrals.TryGetValue(context.ReferralId, out var referral))
        {
            return null;
        }

        List<Reason>? reasons = null;
        foreach (var reason in referral.CheckAt(context.ReferralAction, context.By, context.Now).Reasons)
        {
            if (reason.Code != ServicesCodes.ClockBeforeLastChange)
            {
                (reasons ??= []).Add(reason);
            }
        }

        return reasons;
    }

    private static ReferralMade Made(ReferralId referral, ServiceCatalogue catalogue, ServiceId service, Service? found, ReferralOrigin origin, NodaTime.Instant now, Actor by)
        => new(referral, service, found?.Organization ?? default, found?.Name ?? string.Empty, origin.Kind, origin.SessionsWithoutProgress, now, by)
        {
            // Who provides the service, by the organisation's public name in the catalogue then, as the service's name.
            OrganizationName = found is not null && catalogue.TryFind(found.Organization, out var organization) ? organization.Name : null,
        };

    private ReferralInput ReferContext(ReferralId referral, ServiceCatalogue catalogue, ServiceId service, ReferralOrigin origin, out Service? found)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (origin.Kind == ReferralOriginKind.SessionsWithoutProgress)
        {
            throw new ArgumentException("A referral after sessions without progress is made with ReferToSpecialist, which reads their count.", nameof(origin));
        }

        return CatalogueContext(InterventionAction.Refer, referral, catalogue, service, out found);
    }

    private ReferralInput SpecialistContext(ReferralId referral, ServiceCatalogue catalogue, ServiceId service, out Service? found)
        => CatalogueContext(InterventionAction.ReferToSpecialist, referral, catalogue, service, out found);

    private ReferralInput CatalogueContext(InterventionAction action, ReferralId referral, ServiceCatalogue catalogue, ServiceId service, out Service? found)
    {
        Guard.NotDefault(referral);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (service.IsDefault)
        {
            throw new ArgumentException("The service must not be the default value.", nameof(service));
        }

        return new ReferralInput(action, _clock.GetCurrentInstant(), false, referral, Referral.RefusalOf(catalogue, service, out found));
    }

    private ReferralStatusInput ReferralStatusContext(ReferralId referral, ReferralAction action, Actor by)
    {
        Guard.NotDefault(referral);
        Guard.Defined(action);
        Guard.Known(by);
        return new ReferralStatusInput(_clock.GetCurrentInstant(), false, referral, action, by);
    }

}

using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Services;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Services;

/// <summary>
/// Invariants of suggestions (every suggested service addresses one of the client's barriers and admits the client) and
/// of the referral and group lifecycles over random action sequences (each action applied or refused with reasons, a
/// refusal changes nothing, no state or move outside the machine).
/// </summary>
public sealed class ServicesProperties
{
    private static readonly LocalDateTime GroupStart = new(2026, 3, 10, 9, 0);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ServicesArbitraries) })]
    public void EverySuggestedService_AddressesAClientBarrier_AndTheClientIsEligible(SuggestionCase sample)
    {
        var catalogue = ServicesArbitraries.Build(sample.Services);
        var client = ServicesArbitraries.Build(sample.Client);

        var suggestions = ServiceSuggester.Suggest(catalogue, client, sample.Limit);

        var qualifying = sample.Services.Count(s => Qualifies(s, sample.Client));
        Assert.Equal(Math.Min(qualifying, sample.Limit), suggestions.Count);
        foreach (var suggestion in suggestions)
        {
            var spec = sample.Services[int.Parse(suggestion.Service.Id.Value[1..], System.Globalization.CultureInfo.InvariantCulture)];
            Assert.True(Qualifies(spec, sample.Client));
            Assert.Contains(suggestion.Reasons, r => r.Code == ServicesCodes.AddressesBarrier);
            Assert.Empty(suggestion.Service.Eligibility.Explain(client));
        }

        for (var i = 1; i < suggestions.Count; i++)
        {
            Assert.True(suggestions[i - 1].Score >= suggestions[i].Score);
        }
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ServicesArbitraries) })]
    public void AnyReferralActionSequence_StaysInsideTheMachine_AndARefusalChangesNothing(LifecycleStep[] steps)
    {
        var clock = new FakeClock(TestWorld.Start);
        var referral = Referral.Propose(
            ReferralId.New(), InterventionId.New(), CatalogueExamples.Catalogue, CatalogueExamples.TransportHelp, ReferralOrigin.CounsellorChoice, Actors[0], clock);
        var moves = Referral.Moves.ToHashSet();
        foreach (var step in steps)
        {
            clock.Reset(clock.GetCurrentInstant() + Duration.FromMinutes(step.ClockMinutes));
            var action = (ReferralAction)(step.Action % 6 + 1);
            var by = Actors[step.Actor];
            var (state, count) = (referral.State, referral.History.Count);
            var permission = referral.Check(action, by);
            try
            {
                Do(referral, action, by);
                Assert.True(permission.IsAllowed);
                Assert.Contains((state, action, referral.State), moves);
                Assert.Equal(count + 1, referral.History.Count);
            }
            catch (ActionRefusedException refusal)
            {
                Assert.False(permission.IsAllowed);
                Assert.Equal(permission.Reasons, refusal.Reasons);
                Assert.Equal((state, count), (referral.State, referral.History.Count));
            }

            Assert.True(Enum.IsDefined(referral.State));
        }
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ServicesArbitraries) })]
    public void AnyGroupActionSequence_StaysInsideTheMachine_AndARefusalChangesNothing(LifecycleStep[] steps)
    {
        var clock = new FakeClock(TestWorld.Start);
        var group = GroupProgramme.Plan(GroupProgrammeId.New(), 4, 2, "Salle 2", GroupStart, "Europe/Paris", DateTimeZoneProviders.Tzdb, Actors[0], clock);
        var moves = GroupProgramme.Moves.ToHashSet();
        foreach (var step in steps)
        {
            clock.Reset(clock.GetCurrentInstant() + Duration.FromMinutes(step.ClockMinutes));
            var action = (GroupProgrammeAction)(step.Action % 8 + 1);
            var participant = Participants[step.Participant];
            var by = Actors[step.Actor];
            var before = (group.State, group.History.Count, Participants: group.Participants.ToArray());
            var permission = group.Check(action, participant, by);
            try
            {
                Do(group, action, participant, by);
                Assert.True(permission.IsAllowed);
                Assert.Contains((before.State, action, group.State), moves);
                Assert.True(group.Participants.Count <= group.Capacity);
            }
            catch (ActionRefusedException refusal)
            {
                Assert.False(permission.IsAllowed);
                Assert.Equal(permission.Reasons, refusal.Reasons);
                Assert.Equal(before.State, group.State);
                Assert.Equal(before.Count, group.History.Count);
                Assert.Equal(before.Participants, group.Participants);
            }

            Assert.True(Enum.IsDefined(group.State));
            Assert.True(group.State is not (GroupProgrammeState.Running or GroupProgrammeState.Completed) || group.Participants.Count >= group.MinimumParticipants);
        }
    }

    private static Actor[] Actors { get; } =
        [Actor.Counsellor(CounsellorId.New()), Actor.Client(ClientId.New()), Actor.Partner(PartnerId.New()), Actor.System("scheduler")];

    private static InterventionId[] Participants { get; } = [.. Enumerable.Range(1, 6).Select(i => new InterventionId(new Guid(i, 0, 0, new byte[8])))];

    private static bool Qualifies(ServiceSpec service, ClientSpec client)
    {
        if (!service.Active || !service.Barriers.Intersect(client.Barriers).Any())
        {
            return false;
        }

        if ((service.MinimumAge is not null || service.MaximumAge is not null)
            && (client.Age is null || client.Age < (service.MinimumAge ?? 0) || client.Age > (service.MaximumAge ?? int.MaxValue)))
        {
            return false;
        }

        if (service.Areas.Length > 0 && (client.Area is null || !service.Areas.Any(a => client.Area == a || client.Area.StartsWith(a + "/", StringComparison.Ordinal))))
        {
            return false;
        }

        return service.Statuses.Length == 0 || service.Statuses.Intersect(client.Statuses).Any();
    }

    private static void Do(Referral referral, ReferralAction action, Actor by)
    {
        switch (action)
        {
            case ReferralAction.Accept: referral.Accept(by); break;
            case ReferralAction.Start: referral.Start(by); break;
            case ReferralAction.Complete: referral.Complete(by); break;
            case ReferralAction.Decline: referral.Decline(by); break;
            case ReferralAction.RecordNoShow: referral.RecordNoShow(by); break;
            default: referral.Cancel(by); break;
        }
    }

    private static void Do(GroupProgramme group, GroupProgrammeAction action, InterventionId participant, Actor by)
    {
        switch (action)
        {
            case GroupProgrammeAction.OpenEnrolment: group.OpenEnrolment(by); break;
            case GroupProgrammeAction.Enrol: group.Enrol(participant, by); break;
            case GroupProgrammeAction.Withdraw: group.Withdraw(participant, by); break;
            case GroupProgrammeAction.Confirm: group.Confirm(by); break;
            case GroupProgrammeAction.Start: group.Start(by); break;
            case GroupProgrammeAction.Complete: group.Complete(by); break;
            case GroupProgrammeAction.Cancel: group.Cancel(GroupCancellationReason.Other, by); break;
            default: group.RecordAttendance(participant, Attendance.Completed, by); break;
        }
    }
}

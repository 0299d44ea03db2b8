using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Periservice;
using Counselling.Core.Services;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Periservice;

/// <summary>A group programme of the library feeds the group anchor: its countdown is computed from its own start and zone.</summary>
public sealed class GroupProgrammeAnchorTests
{
    [Fact]
    public void AGroupProgramme_FeedsTheGroupAnchor_AndItsCountdownEndsTheDayBeforeItStarts()
    {
        var start = new LocalDateTime(2026, 3, 30, 9, 30);
        var clock = new FakeClock(TestWorld.Start);
        var counsellor = Actor.Counsellor(CounsellorId.New());
        var programme = GroupProgramme.Plan(GroupProgrammeId.New(), 12, 6, "Salle 2, mission locale", start, "Europe/Paris", DateTimeZoneProviders.Tzdb, counsellor, clock);

        var anchor = GroupAnchor.Of(programme);
        var scheduler = new PeriserviceScheduler(PeriservicePolicy.Default, SendingWindow.Default, DateTimeZoneProviders.Tzdb);
        var schedule = scheduler.Schedule(new ServiceAnchors(InterventionId.New(), "Europe/Paris", ContactPreferences.Digital, [], anchor));

        Assert.Equal(programme.Id.Value, anchor.Group);
        Assert.Equal(start, anchor.Start);
        Assert.Equal("Europe/Paris", anchor.ZoneId);
        var before = schedule.Where(t => t.Instant < programme.StartInstant).ToList();
        Assert.Equal(3, before.Count);
        Assert.Equal(new LocalDate(2026, 3, 29), before.Max(t => t.Local.Date));
    }
}

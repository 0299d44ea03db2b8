using System.Globalization;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Periservice.PeriserviceExamples;

namespace Counselling.Core.Tests.Periservice;

public sealed class ScheduleTextTests
{
    private static TouchpointSchedule Schedule()
        => Scheduler().Schedule(Anchors(
            "Europe/Brussels",
            [new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Europe/Brussels")],
            closedAt: Instant.FromUtc(2026, 6, 30, 15, 0),
            contact: ContactPreferences.Offline));

    [Fact]
    public void Format_WritesOneLinePerTouchpoint_InFrench()
    {
        var lines = ScheduleText.Format(Schedule(), CultureInfo.GetCultureInfo("fr-BE"));

        Assert.Equal(6, lines.Count);
        Assert.StartsWith("19 mai 2026 à 17 h Europe/Brussels · appel téléphonique · rappel d'entretien · Rappel : votre entretien a lieu le ", lines[0], System.StringComparison.Ordinal);
        Assert.Contains("20 mai 2026 à 14 h", lines[0], System.StringComparison.Ordinal);
        Assert.StartsWith("30 septembre 2026 à 10 h Europe/Brussels · appel téléphonique · suivi · 3 mois plus tard : travaillez-vous", lines[3], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Format_WritesOneLinePerTouchpoint_InEnglish()
    {
        var lines = ScheduleText.Format(Schedule(), CultureInfo.GetCultureInfo("en-GB"));

        Assert.StartsWith("19 May 2026 at 17:00 Europe/Brussels · phone call · session reminder · Reminder: your session is on ", lines[0], System.StringComparison.Ordinal);
        Assert.Contains("20 May 2026 at 14:00", lines[0], System.StringComparison.Ordinal);
        Assert.Contains("12 months on: are you working or training?", lines[5], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_FallsBackToTheContentKey_ForAContentTheCatalogueDoesNotKnow()
    {
        var policy = Policy(Rule("agency.call", TouchpointAnchor.Closure, TouchpointOffset.After(2, OffsetUnit.Weeks), new LocalTime(11, 0)));
        var touchpoint = Assert.Single(Scheduler(policy: policy).Schedule(Anchors("Europe/Paris", closedAt: Instant.FromUtc(2026, 6, 30, 15, 0))));

        Assert.Equal("content.agency.call", ScheduleText.Describe(touchpoint, CultureInfo.GetCultureInfo("fr-FR")));
    }
}

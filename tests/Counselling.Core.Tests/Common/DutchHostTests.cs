using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Counselling.Core.Tests.Objectives;
using Xunit;

namespace Counselling.Core.Tests.Common;

/// <summary>A Belgian host adds Dutch for every code; nothing English or French is left on its screens.</summary>
public sealed class DutchHostTests
{
    private static readonly CultureInfo Flemish = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>
    /// The host's Dutch: real patterns for dates and times, and for every message a marked text that keeps the
    /// placeholders, so the test can tell a Dutch message from any other.
    /// </summary>
    public static MessageCatalog Dutch { get; } = MessageCatalog.Default.WithTemplates("nl-BE", MessageCatalog.Default.Codes.Select(code => KeyValuePair.Create(code, DutchOf(code))));

    [Fact]
    public void EveryCode_WithEveryArgumentForm_IsWrittenInTheHostsDutch()
    {
        var labels = new MessageSamples.LabelsOfTheHost();
        foreach (var code in MessageCatalog.Default.Codes.Where(c => !c.StartsWith("format.", StringComparison.Ordinal)))
        {
            MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var english);
            foreach (var reason in MessageSamples.ReasonsFor(code, MessageCatalog.PlaceholdersOf(english)))
            {
                var dutch = Dutch.Format(reason, Flemish, labels);
                Assert.StartsWith("[nl " + code + "]", dutch, StringComparison.Ordinal);
                Assert.NotEqual(Dutch.Format(reason, CultureInfo.GetCultureInfo("en-GB"), labels), dutch);
                Assert.NotEqual(Dutch.Format(reason, CultureInfo.GetCultureInfo("fr-BE"), labels), dutch);
                foreach (var argument in reason.Arguments.Where(a => a.Value is Enum or Reason))
                {
                    Assert.Contains("[nl ", dutch[1..], StringComparison.Ordinal);
                }

                Assert.DoesNotContain("July", dutch, StringComparison.Ordinal);
                Assert.DoesNotContain("juillet", dutch, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Dates_InDutch_UseTheHostsPatternsAndDutchMonths()
    {
        var reason = new Reason("objective.t.no-deadline");
        Assert.Equal("[nl objective.t.no-deadline]", Dutch.Format(reason, Flemish));
        Assert.Equal("6 juli 2026 om 09.30 uur", Dutch.FormatValue(new NodaTime.LocalDateTime(2026, 7, 6, 9, 30), Flemish));
    }

    [Fact]
    public void SmartFailures_GoThroughTheHostsCatalogue()
    {
        var validator = new SmartObjectiveValidator(new AgencyClock(new NodaTime.Testing.FakeClock(ObjectiveExamples.Now), NodaTime.DateTimeZoneProviders.Tzdb, ObjectiveExamples.Montreal.Id), Dutch);
        var before = Thread.CurrentThread.CurrentUICulture;
        try
        {
            Thread.CurrentThread.CurrentUICulture = Flemish;
            var result = validator.Validate(ObjectiveExamples.Vague());

            Assert.NotEmpty(result.Failures);
            Assert.All(result.Failures, f => Assert.Equal(Dutch.Format(f.Reason, Flemish), f.Message));
            Assert.All(result.Failures, f => Assert.StartsWith("[nl objective.", f.Message, StringComparison.Ordinal));
        }
        finally
        {
            Thread.CurrentThread.CurrentUICulture = before;
        }
    }

    [Fact]
    public void ArgumentErrors_AndHistoryNames_GoThroughTheHostsCatalogue()
    {
        var error = Assert.Throws<ArgumentException>(() => Actor.Client(default));
        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.StartsWith("[nl argument.default-id]", Dutch.Format(reason, Flemish), StringComparison.Ordinal);
        Assert.Equal("[nl event.SessionRecorded]", Dutch.Format(new Reason("event.SessionRecorded"), Flemish));
    }

    private static string DutchOf(string code) => code switch
    {
        "format.date" or "format.date.first-day" => "d MMMM yyyy",
        "format.time" or "format.time.on-the-hour" => "HH.mm 'uur'",
        "format.date-time" => "{date} om {time}",
        "format.label" => "‘{label}’",
        _ => "[nl " + code + "]" + string.Concat(Placeholders(code).Select(n => " {" + n + "}")),
    };

    private static IEnumerable<string> Placeholders(string code)
    {
        MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var english);
        return MessageCatalog.PlaceholdersOf(english);
    }
}

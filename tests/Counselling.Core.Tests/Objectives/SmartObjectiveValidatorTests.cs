using Counselling.Core.Evidence;
using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

using static Counselling.Core.Tests.Objectives.ObjectiveExamples;

namespace Counselling.Core.Tests.Objectives;

public sealed class SmartObjectiveValidatorTests
{
    private static readonly SmartObjectiveValidator Smart = Validator();

    [Fact]
    public void SoundTechnician_NegotiatedAgainstReality_PassesEveryLetter()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated(), TwelveMonths);

        Assert.True(result.IsValid, result.ToString());
        Assert.All(result.Letters, l => Assert.True(l.Holds));
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void SoundEngineer_Aspiration_FailsAchievableAndRealistic_AndSaysWhy()
    {
        var result = Smart.Validate(SoundEngineerAspiration(), TwelveMonths);

        Assert.True(result.Specific.Holds);
        Assert.True(result.Measurable.Holds);
        Assert.True(result.TimeBound.Holds);
        Assert.Equal([ObjectiveCodes.NoSteps], result.Achievable.Failures.Select(f => f.Code));
        Assert.Equal([ObjectiveCodes.NoRealism, ObjectiveCodes.BeyondProgrammeLimit], result.Realistic.Failures.Select(f => f.Code));
        var limit = result.Realistic.Failures[1].Reason;
        Assert.Equal(new LocalDate(2031, 6, 30), limit["deadline"]);
        Assert.Equal(new LocalDate(2027, 9, 1), limit["end"]);
    }

    [Fact]
    public void VagueObjective_OfTheClientGoingRoundInCircles_FailsEveryLetterButSpecific()
    {
        var result = Smart.Validate(Vague());

        Assert.Equal([SmartLetter.Measurable, SmartLetter.Achievable, SmartLetter.Realistic, SmartLetter.TimeBound], result.FailingLetters);
        Assert.Equal(
            [ObjectiveCodes.NoIndicator, ObjectiveCodes.NoSteps, ObjectiveCodes.NoRealism, ObjectiveCodes.NoDeadline],
            Codes(result));
        Assert.Equal(result.Failures.Select(f => f.Reason), result.Reasons);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void EmptyStatement_FailsSpecific(string? what)
    {
        var result = Smart.Validate(new SmartObjective(ObjectiveId.New(), what) { ByWhom = Actor.Client(Client) });

        Assert.Equal([ObjectiveCodes.WhatMissing], result.Specific.Failures.Select(f => f.Code));
        Assert.Equal("What", result.Specific.Failures[0].Field);
    }

    [Fact]
    public void NobodyToCarryIt_FailsSpecific()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { ByWhom = default });

        Assert.Equal([ObjectiveCodes.ByWhomMissing], Codes(result));
    }

    [Fact]
    public void IndicatorWithoutTarget_FailsMeasurable_Only()
    {
        var objective = SoundTechnicianNegotiated();
        var result = Smart.Validate(objective with { Indicator = objective.Indicator! with { Target = null } }, TwelveMonths);

        Assert.Equal([SmartLetter.Measurable], result.FailingLetters);
        Assert.Equal([ObjectiveCodes.NoTarget], Codes(result));
        Assert.Equal("Indicator.Target", result.Failures[0].Field);
    }

    [Fact]
    public void IndicatorWithoutMeasureOrUnit_FailsMeasurable_Twice()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Indicator = new Indicator(" ", null, 0, 3) }, TwelveMonths);

        Assert.Equal([ObjectiveCodes.NoMeasure, ObjectiveCodes.NoUnit], Codes(result));
    }

    [Fact]
    public void NegativeTargetAndBaseline_FailMeasurable_WithTheirValues()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Indicator = new Indicator("dettes", "euros", -200m, -5m, IndicatorDirection.Increase) }, TwelveMonths);

        Assert.Equal([ObjectiveCodes.NegativeTarget, ObjectiveCodes.NegativeBaseline], Codes(result));
        Assert.Equal(-5m, result.Failures[0].Reason["target"]);
        Assert.Equal(-200m, result.Failures[1].Reason["baseline"]);
    }

    [Theory]
    [InlineData(5, 3, IndicatorDirection.Increase)]
    [InlineData(3, 3, IndicatorDirection.Increase)]
    [InlineData(3, 5, IndicatorDirection.Decrease)]
    public void TargetThatDoesNotMoveTheRightWay_FailsMeasurable(int baseline, int target, IndicatorDirection direction)
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Indicator = new Indicator("m", "u", baseline, target, direction) }, TwelveMonths);

        Assert.Equal([ObjectiveCodes.TargetNotBeyondBaseline], Codes(result));
        Assert.Equal(direction, result.Failures[0].Reason["direction"]);
    }

    [Fact]
    public void DecreasingIndicator_TowardsALowerTarget_IsMeasurable()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Indicator = new Indicator("dettes", "euros", 1200m, 0m, IndicatorDirection.Decrease) }, TwelveMonths);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void BlankStep_FailsAchievable_WithItsPosition()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Steps = ["Immersion", " ", ""] }, TwelveMonths);

        Assert.Equal([ObjectiveCodes.BlankStep], Codes(result));
        Assert.Equal(2, result.Failures[0].Reason["position"]);
    }

    [Fact]
    public void DeadlineOnTheProgrammesLastDay_IsRealistic_AndTheDayAfterIsNot()
    {
        var onEnd = Smart.Validate(SoundTechnicianNegotiated() with { Deadline = TwelveMonths.End }, TwelveMonths);
        var afterEnd = Smart.Validate(SoundTechnicianNegotiated() with { Deadline = TwelveMonths.End!.Value.PlusDays(1) }, TwelveMonths);

        Assert.True(onEnd.IsValid);
        Assert.Equal([ObjectiveCodes.BeyondProgrammeLimit], Codes(afterEnd));
    }

    [Fact]
    public void WithoutAProgrammeWindow_NoDeadlineIsBeyondTheLimit()
        => Assert.True(Smart.Validate(SoundTechnicianNegotiated() with { Deadline = new LocalDate(2040, 1, 1) }).IsValid);

    [Fact]
    public void NoDeadline_FailsTimeBound()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Deadline = null }, TwelveMonths);

        Assert.Equal([SmartLetter.TimeBound], result.FailingLetters);
        Assert.Equal([ObjectiveCodes.NoDeadline], Codes(result));
    }

    [Fact]
    public void DeadlineInThePast_FailsTimeBound_WithTodaysDate()
    {
        var proposal = SoundTechnicianNegotiated().WithAgreement(null) with { Deadline = Today.PlusDays(-1) };

        var result = Smart.Validate(proposal, TwelveMonths);

        Assert.Equal([ObjectiveCodes.DeadlinePast], Codes(result));
        Assert.Equal(Today, result.Failures[0].Reason["today"]);
    }

    [Fact]
    public void DeadlineOnTheDayOfTheAgreement_FailsTimeBound()
    {
        var result = Smart.Validate(SoundTechnicianNegotiated() with { Deadline = Today }, TwelveMonths);

        Assert.Equal([ObjectiveCodes.DeadlineNotAfterAgreement], Codes(result));
        Assert.Equal(Today, result.Failures[0].Reason["agreed"]);
    }

    [Fact]
    public void AgreementDay_IsReadInTheAgencysZone()
    {
        // 02:00 UTC on 26 November is still 25 November (21:00) in Montreal.
        var lateEvening = new ObjectiveAgreement(Instant.FromUtc(2026, 11, 26, 2, 0), FirstSession, Actor.Client(Client));
        var validator = Validator(Instant.FromUtc(2026, 11, 26, 2, 0));

        Assert.Equal(Today, validator.AgreedOn(lateEvening));
        Assert.Equal(Today, validator.Today);
        Assert.True(validator.Validate(SoundTechnicianNegotiated().WithAgreement(lateEvening) with { Deadline = Today.PlusDays(1) }).IsValid);
    }

    [Fact]
    public void ProgrammeWindow_RefusesNonPositiveOrTimedLimits()
    {
        Assert.Throws<ArgumentException>(() => new ProgrammeWindow(Today, Period.Zero));
        Assert.Throws<ArgumentException>(() => new ProgrammeWindow(Today, Period.FromMonths(-1)));
        Assert.Throws<ArgumentException>(() => new ProgrammeWindow(Today, Period.FromHours(48)));
        Assert.Throws<ArgumentNullException>(() => new ProgrammeWindow(Today, null!));
        Assert.True(ProgrammeWindow.Unlimited.IsUnlimited);
        Assert.Equal(new LocalDate(2027, 2, 28), new ProgrammeWindow(new LocalDate(2027, 1, 31), Period.FromMonths(1)).End);
    }

    [Theory]
    [InlineData("fr-FR", "Temporellement défini : l'échéance du 24 novembre 2026 est déjà passée (nous sommes le 25 novembre 2026).")]
    [InlineData("fr-BE", "Temporellement défini : l'échéance du 24 novembre 2026 est déjà passée (nous sommes le 25 novembre 2026).")]
    [InlineData("fr-CA", "Temporellement défini : l'échéance du 24 novembre 2026 est déjà passée (nous sommes le 25 novembre 2026).")]
    [InlineData("en-US", "Time-bound: the deadline November 24, 2026 is already past (today is November 25, 2026).")]
    [InlineData("en-GB", "Time-bound: the deadline 24 November 2026 is already past (today is 25 November 2026).")]
    [InlineData("de-DE", "Time-bound: the deadline 24 November 2026 is already past (today is 25 November 2026).")]
    public void Messages_FollowTheUiCulture_WithDatesFormattedForIt(string cultureName, string expected)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var proposal = SoundTechnicianNegotiated().WithAgreement(null) with { Deadline = Today.PlusDays(-1) };

        var failure = InUiCulture(culture, () => Smart.Validate(proposal, TwelveMonths)).Failures.Single();

        Assert.Equal(expected, failure.Message);
        Assert.Equal(expected, failure.Reason.Describe(culture));
    }

    [Fact]
    public void FluentValidationMessages_AndTheCatalog_ShareTheSameTexts_InEveryLanguage()
    {
        var everythingWrong = (SoundEngineerAspiration() with
        {
            What = string.Empty,
            ByWhom = default,
            Indicator = new Indicator(string.Empty, string.Empty, -1, -2, IndicatorDirection.Increase),
            Steps = [" "],
            Deadline = new LocalDate(2020, 1, 1),
        }).WithAgreement(AgreedToday());

        foreach (var name in new[] { "fr-FR", "fr-CA", "fr-BE", "en-GB", "de-DE", "es", "" })
        {
            var culture = CultureInfo.GetCultureInfo(name);
            var result = InUiCulture(culture, () => Smart.Validate(everythingWrong with { Realism = null }, TwelveMonths));

            Assert.Equal(11, result.Failures.Count);
            Assert.All(result.Failures, f => Assert.Equal(f.Reason.Describe(culture), f.Message));
            Assert.All(result.Failures, f => Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal));
            Assert.Equal(name.StartsWith("fr", StringComparison.Ordinal), result.Failures[0].Message.StartsWith("Spécifique", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryCode_HasATemplateInBothLanguages_AndNamesItsLetter()
    {
        var codes = typeof(ObjectiveCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(16, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (var code in codes)
        {
            Assert.True(MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var en), code);
            Assert.True(MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("fr"), out var fr), code);
            Assert.NotEqual(en, fr);
            Assert.Matches("^objective\\.[smart]\\.[a-z-]+$", code);
        }
    }

    [Fact]
    public void OneValidator_IsReusedAcrossThreads_WithTheSameAnswers()
    {
        var objectives = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? SoundTechnicianNegotiated() : Vague()).ToArray();
        var codes = new string[objectives.Length];

        Parallel.For(0, objectives.Length, i => codes[i] = string.Join(",", Codes(Smart.Validate(objectives[i], TwelveMonths))));

        Assert.All(codes.Where((_, i) => i % 2 == 0), c => Assert.Equal(string.Empty, c));
        Assert.All(codes.Where((_, i) => i % 2 == 1), c => Assert.Equal("objective.m.no-indicator,objective.a.no-steps,objective.r.no-realism,objective.t.no-deadline", c));
    }

    [Fact]
    public void Results_NeverShowTheClientsWords()
    {
        var objective = SoundEngineerAspiration() with { Realism = "secret words" };
        var result = Smart.Validate(objective, TwelveMonths);

        Assert.DoesNotContain("son", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("son", objective.ToString(), StringComparison.Ordinal);
        Assert.All(result.Failures, f => Assert.DoesNotContain("son", f.ToString(), StringComparison.Ordinal));
        Assert.Matches("^objective:[0-9a-f-]+ S\\+ M\\+ A- R- T\\+$", result.ToString());
    }

    [Fact]
    public void Validate_RefusesNull()
        => Assert.Throws<ArgumentNullException>(() => Smart.Validate(null!));

    private static T InUiCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}

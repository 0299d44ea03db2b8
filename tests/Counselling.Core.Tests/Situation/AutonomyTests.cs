using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Situation;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Situation;

public sealed class AutonomyTests
{
    private static readonly Actor Counsellor = Actor.Counsellor(CounsellorId.New());

    [Fact]
    public void DefaultScale_GoesFromDoingForTheClientToTheClientAlone()
    {
        var scale = AutonomyScale.Default;

        Assert.Equal(["accompanied", "guided", "supported", "autonomous"], scale.Levels.Select(l => l.Code));
        Assert.Equal(HelpMode.DoesFor, scale.Lowest.UsualHelp);
        Assert.Equal(HelpMode.ClientAlone, scale.Highest.UsualHelp);
        Assert.Equal("guidée", new Reason(scale.Levels[1].NameCode).Describe(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void ARise_IsSeenBetweenIntakeAndClosure()
    {
        var scale = AutonomyScale.Default;
        var intake = new AutonomyAssessment(scale, scale.Lowest, HelpMode.DoesFor, AssessmentMoment.Intake, TestWorld.Start, Counsellor);
        var closure = new AutonomyAssessment(scale, scale.Levels[2], HelpMode.DoesWith, AssessmentMoment.Closure, TestWorld.Start + Duration.FromDays(90), Counsellor);

        Assert.True(closure.RoseSince(intake));
        Assert.False(intake.RoseSince(closure));
        Assert.Equal(2.0 / 3, closure.Position, 6);
    }

    [Fact]
    public void TheModeOfHelp_MayDifferFromTheLevelsUsualOne()
    {
        var scale = AutonomyScale.Default;
        var assessment = new AutonomyAssessment(scale, scale.Levels[2], HelpMode.DoesFor, AssessmentMoment.AlongTheWay, TestWorld.Start, Counsellor);

        Assert.Equal(HelpMode.DoesFor, assessment.Help);
        Assert.Equal(HelpMode.DoesWith, assessment.Level.UsualHelp);
    }

    [Fact]
    public void AnAgencyScale_IsOpen_AndALevelOfAnotherScaleIsRefused()
    {
        var scale = AutonomyScale.Create("three-steps", [new AutonomyLevel("c", 2, HelpMode.ClientAlone), new AutonomyLevel("a", 0, HelpMode.DoesFor), new AutonomyLevel("b", 1, HelpMode.DoesWith)]);

        Assert.Equal(["a", "b", "c"], scale.Levels.Select(l => l.Code));
        Assert.True(scale.TryFind("b", out var b));
        Assert.Equal(1, b.Rank);
        Assert.Throws<ArgumentException>(() => new AutonomyAssessment(scale, AutonomyScale.Default.Lowest, HelpMode.DoesFor, AssessmentMoment.Intake, TestWorld.Start, Counsellor));
    }

    [Fact]
    public void AScale_WithRepeatedRanks_IsRefused()
        => Assert.Throws<ArgumentException>(() => AutonomyScale.Create("bad", [new AutonomyLevel("a", 0, HelpMode.DoesFor), new AutonomyLevel("b", 0, HelpMode.DoesWith)]));

    [Theory]
    [InlineData("Guided")]
    [InlineData("with space")]
    [InlineData(" ")]
    public void ALevelCode_OutsideLowerCaseLettersDigitsAndDashes_IsRefused(string code)
        => Assert.ThrowsAny<ArgumentException>(() => new AutonomyLevel(code, 0, HelpMode.DoesFor));
}

using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using Xunit;

namespace Counselling.Core.Tests.Situation;

public sealed class SituationAssessmentTests
{
    [Fact]
    public void TheSoundEngineerGap_IsNegotiated_NotImposed()
    {
        // The client sees his training as a strength for sound engineering; the counsellor sees a gap (he has never
        // touched a mixing desk). Nothing is decided until they agree.
        var assessment = SituationAssessment.Start(AssessmentMoment.Intake, TestWorld.Start)
            .WithClientView(LifeDomain.Training, LifeDomainStatus.Resource)
            .WithCounsellorView(LifeDomain.Training, LifeDomainStatus.Difficulty);

        Assert.True(assessment[LifeDomain.Training].HasGap);
        Assert.Equal(LifeDomainStatus.NotAssessed, assessment.StatusOf(LifeDomain.Training));
        Assert.Equal([LifeDomain.Training], assessment.UnderNegotiation.Select(v => v.Domain));

        var agreed = assessment.Agree(LifeDomain.Training, LifeDomainStatus.Fragile);

        Assert.Equal(LifeDomainStatus.Fragile, agreed.StatusOf(LifeDomain.Training));
        Assert.Equal(LifeDomainStatus.Resource, agreed[LifeDomain.Training].ClientView);
        Assert.Equal(LifeDomainStatus.Difficulty, agreed[LifeDomain.Training].CounsellorView);
        Assert.Empty(agreed.UnderNegotiation);
    }

    [Fact]
    public void Agree_BeforeBothViews_IsRefused_AndChangesNothing()
    {
        var assessment = SituationAssessment.Start(AssessmentMoment.Intake, TestWorld.Start)
            .WithCounsellorView(LifeDomain.Housing, LifeDomainStatus.Blocking);

        var refusal = Assert.Throws<ActionRefusedException>(() => assessment.Agree(LifeDomain.Housing, LifeDomainStatus.Blocking));

        Assert.Equal([SituationCodes.AgreementNeedsBothViews], refusal.Codes);
        Assert.Contains("logement", refusal.Describe(CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        Assert.Null(assessment[LifeDomain.Housing].Agreed);
    }

    [Fact]
    public void MatchingViews_SettleTheDomainWithoutAnAgreement()
    {
        var assessment = SituationAssessment.Start(AssessmentMoment.AlongTheWay, TestWorld.Start)
            .WithClientView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithCounsellorView(LifeDomain.Mobility, LifeDomainStatus.Blocking);

        Assert.Equal(LifeDomainStatus.Blocking, assessment.StatusOf(LifeDomain.Mobility));
        Assert.Equal([LifeDomain.Mobility], assessment.DomainsAtLeast(LifeDomainStatus.Difficulty));
    }

    [Fact]
    public void Start_CoversEveryLifeDomain()
    {
        var assessment = SituationAssessment.Start(AssessmentMoment.Intake, TestWorld.Start);

        Assert.Equal(11, assessment.Domains.Count);
        Assert.Equal(LifeDomains.All, assessment.Domains.Select(d => d.Domain));
        Assert.DoesNotContain("Training", assessment.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AView_OfNotAssessed_IsRefusedAsAnArgument()
        => Assert.Throws<ArgumentOutOfRangeException>(() =>
            SituationAssessment.Start(AssessmentMoment.Intake, TestWorld.Start).WithClientView(LifeDomain.Money, LifeDomainStatus.NotAssessed));

    [Fact]
    public void EveryBarrierCategory_BelongsToALifeDomain_AsDocumented()
    {
        Assert.Equal(LifeDomain.Mobility, LifeDomains.Of(BarrierCategory.Mobility));
        Assert.Equal(LifeDomain.Money, LifeDomains.Of(BarrierCategory.Finances));
        Assert.Equal(LifeDomain.FamilyAndChildcare, LifeDomains.Of(BarrierCategory.ChildcareAndFamily));
        Assert.Equal(LifeDomain.Training, LifeDomains.Of(BarrierCategory.BasicSkills));
        Assert.Equal(LifeDomain.Health, LifeDomains.Of(BarrierCategory.ConfidenceAndFears));
        Assert.Equal(LifeDomain.Administrative, LifeDomains.Of(BarrierCategory.AdministrativeOrLegal));
        foreach (var category in Enum.GetValues<BarrierCategory>())
        {
            Assert.True(Enum.IsDefined(LifeDomains.Of(category)));
        }
    }

    [Fact]
    public void Barriers_GroupByLifeDomain()
    {
        var transport = new Barrier(BarrierId.New(), BarrierCategory.Mobility);
        var french = new Barrier(BarrierId.New(), BarrierCategory.Language);
        var licence = new Barrier(BarrierId.New(), BarrierCategory.Mobility);

        var groups = LifeDomains.Group([transport, french, licence]);

        Assert.Equal([LifeDomain.Mobility, LifeDomain.Language], groups.Keys);
        Assert.Equal([transport, licence], groups[LifeDomain.Mobility]);
    }

    [Theory]
    [InlineData(LifeDomain.FamilyAndChildcare, "family-childcare")]
    [InlineData(LifeDomain.SocialTies, "social-ties")]
    [InlineData(LifeDomain.Work, "work")]
    public void LifeDomainCodes_RoundTrip(LifeDomain domain, string code)
    {
        Assert.Equal(code, LifeDomains.ToCode(domain));
        Assert.True(LifeDomains.TryParse(" " + code.ToUpperInvariant(), out var read));
        Assert.Equal(domain, read);
        Assert.False(LifeDomains.TryParse("leisure", out _));
    }

    [Fact]
    public void EveryLifeDomainAndStatus_HasANameInBothLanguages()
    {
        foreach (var domain in Enum.GetValues<LifeDomain>())
        {
            Assert.NotEqual(domain.ToString(), MessageCatalog.Default.FormatValue(domain, CultureInfo.GetCultureInfo("fr")));
        }

        foreach (var status in Enum.GetValues<LifeDomainStatus>())
        {
            Assert.NotEqual(status.ToString(), MessageCatalog.Default.FormatValue(status, CultureInfo.GetCultureInfo("en")));
        }
    }
}

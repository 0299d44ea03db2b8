using Counselling.Core.Evidence;
using System;
using System.Globalization;

using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

using static Counselling.Core.Tests.Objectives.ObjectiveExamples;

namespace Counselling.Core.Tests.Objectives;

public sealed class ObjectiveValueTests
{
    [Fact]
    public void Agreement_ByTheClient_RecordedByTheCounsellor_KeepsBoth()
    {
        var agreement = AgreedToday();

        Assert.Equal(Actor.Client(Client), agreement.Client);
        Assert.Equal(Actor.Counsellor(Counsellor), agreement.RecordedBy);
        Assert.True(agreement.RecordedOnBehalf);
        Assert.Equal(Now, agreement.At);
        Assert.Equal(FirstSession, agreement.Session);
    }

    [Fact]
    public void Agreement_ByTheCounsellorAlone_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ObjectiveAgreement(Now, FirstSession, Actor.Counsellor(Counsellor)));
        Assert.Equal("client", error.ParamName);
    }

    [Fact]
    public void Agreement_RecordedByTheClient_IsNotOnBehalf()
        => Assert.False(new ObjectiveAgreement(Now, FirstSession, Actor.Client(Client)).RecordedOnBehalf);

    [Fact]
    public void Objective_IsAProposal_UntilTheClientAgrees()
    {
        var proposal = SoundTechnicianNegotiated().WithAgreement(null);

        Assert.True(proposal.IsProposal);
        Assert.False(proposal.IsAgreed);
        Assert.True(proposal.WithAgreement(AgreedToday()).IsAgreed);
    }

    [Fact]
    public void Objective_Equality_ComparesListsElementByElement()
    {
        var a = SoundTechnicianNegotiated();
        var b = a with { Steps = [.. a.Steps] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Steps = a.Steps.Add("one more") });
    }

    [Fact]
    public void Objective_RefusesStructuralErrors()
    {
        Assert.Throws<ArgumentException>(() => new SmartObjective(default, "x"));
        Assert.Throws<ArgumentException>(() => Vague() with { Barriers = [default] });
        Assert.Throws<ArgumentException>(() => Vague() with { Occupation = default(Counselling.Core.Occupations.Occupation) });
        Assert.Throws<ArgumentNullException>(() => Vague() with { Steps = [null!] });
        Assert.Empty((Vague() with { Steps = default }).Steps);
    }

    [Theory]
    [InlineData("mobility", BarrierCategory.Mobility)]
    [InlineData(" Childcare-Family ", BarrierCategory.ChildcareAndFamily)]
    [InlineData("CONFIDENCE-FEARS", BarrierCategory.ConfidenceAndFears)]
    [InlineData("administrative-legal", BarrierCategory.AdministrativeOrLegal)]
    public void BarrierCategory_IsReadFromItsCode(string code, BarrierCategory expected)
        => Assert.Equal(expected, BarrierCategoryCodes.Parse(code));

    [Fact]
    public void BarrierCategory_CodesRoundTrip_AndCoverTheTaxonomy()
    {
        var categories = Enum.GetValues<BarrierCategory>();

        Assert.Equal(12, categories.Length);
        Assert.Equal(categories.Length, BarrierCategoryCodes.All.Count);
        foreach (var category in categories)
        {
            Assert.Equal(category, BarrierCategoryCodes.Parse(BarrierCategoryCodes.ToCode(category)));
            Assert.NotEqual(MessageCatalog.EnumCode(category), MessageCatalog.Default.FormatValue(category, CultureInfo.GetCultureInfo("fr-CA")));
        }
    }

    [Fact]
    public void UnknownBarrierCategory_FromAHostsData_IsAClearError_NamingTheValue()
    {
        var error = Assert.Throws<FormatException>(() => BarrierCategoryCodes.Parse("transport"));

        Assert.Contains("'transport'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mobility", error.Message, StringComparison.Ordinal);
        Assert.False(BarrierCategoryCodes.TryParse("transport", out _));
        Assert.False(BarrierCategoryCodes.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => BarrierCategoryCodes.Parse(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarrierCategoryCodes.ToCode((BarrierCategory)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Barrier(BarrierId.New(), (BarrierCategory)99));
    }

    [Fact]
    public void Barrier_TiedToWhatMatters_HidesTheClientsWords()
    {
        var benefit = new DesiredBenefit(BenefitId.New(), "Ne plus manquer d'argent à la fin du mois");
        var barrier = new Barrier(BarrierId.New(), BarrierCategory.Finances)
        {
            Description = "Peur de perdre les allocations",
            TiedToBenefit = benefit.Id,
            TiedToValue = "l'argent",
        };

        Assert.Equal(BarrierStatus.Identified, barrier.Status);
        Assert.True(barrier.IsActive);
        Assert.False((barrier with { Status = BarrierStatus.Lifted }).IsActive);
        Assert.DoesNotContain("allocations", barrier.ToString(), StringComparison.Ordinal);
        Assert.Contains("finances", barrier.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("argent", benefit.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => barrier with { Status = (BarrierStatus)7 });
    }

    [Fact]
    public void Benefit_WithoutWords_IsRefused_AndLinksToObjectives()
    {
        Assert.Throws<ArgumentException>(() => new DesiredBenefit(BenefitId.New(), " "));
        Assert.Throws<ArgumentNullException>(() => new DesiredBenefit(BenefitId.New(), null!));
        var objective = ObjectiveId.New();
        var benefit = new DesiredBenefit(BenefitId.New(), "Être autonome") { Objectives = [objective], KeepsActing = "Mes enfants" };

        Assert.True(benefit.Motivates(objective));
        Assert.False(benefit.Motivates(ObjectiveId.New()));
        Assert.Equal(benefit, benefit with { Objectives = [objective] });
    }

    [Fact]
    public void Action_OwnedByNobody_OrBySystem_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new PlanAction(PlanActionId.New(), "Appeler le studio", default, FirstSession));
        Assert.Throws<ArgumentException>(() => new PlanAction(PlanActionId.New(), "Appeler le studio", Actor.System("import"), FirstSession));
        Assert.Throws<ArgumentException>(() => new PlanAction(PlanActionId.New(), " ", Actor.Client(Client), FirstSession));
        Assert.Throws<ArgumentException>(() => new PlanAction(PlanActionId.New(), "x", Actor.Client(Client), default));
    }

    [Fact]
    public void Action_ByTheAunt_IsReviewedOnce_AtALaterSession()
    {
        var action = new PlanAction(PlanActionId.New(), "Aider à remplir le dossier du cégep", Actor.Relative(Client, ThirdPartyRole.Aunt), FirstSession) { Due = Today.PlusDays(14) };

        var reviewed = action.Review(SecondSession, PlanActionStatus.Done);

        Assert.False(action.IsReviewed);
        Assert.Equal(PlanActionStatus.Agreed, action.Status);
        Assert.Equal(SecondSession, reviewed.ReviewedAt);
        Assert.Equal(PlanActionStatus.Done, reviewed.Status);
        Assert.False(reviewed.IsOwnedByClient);
        Assert.Throws<InvalidOperationException>(() => reviewed.Review(SessionId.New(), PlanActionStatus.Done));
        Assert.Throws<ArgumentException>(() => action.Review(FirstSession, PlanActionStatus.Done));
        Assert.Throws<ArgumentOutOfRangeException>(() => action.Review(SecondSession, PlanActionStatus.Agreed));
        Assert.DoesNotContain("cégep", reviewed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Action_StatusReportedBetweenSessions_DoesNotCountAsAReview()
    {
        var action = new PlanAction(PlanActionId.New(), "Envoyer trois candidatures", Actor.Client(Client), FirstSession).WithStatus(PlanActionStatus.Done);

        Assert.Equal(PlanActionStatus.Done, action.Status);
        Assert.False(action.IsReviewed);
        Assert.True(action.IsOwnedByClient);
    }

    [Theory]
    [InlineData("12", "fr-FR", 12)]
    [InlineData("12,5", "fr-FR", 12.5)]
    [InlineData("12.5", "en-CA", 12.5)]
    [InlineData("-3", "en-CA", -3)]
    public void Quantities_AreReadFromAHostsText(string text, string culture, double expected)
        => Assert.Equal((decimal)expected, Indicator.ParseQuantity(text, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("trois")]
    [InlineData("")]
    [InlineData("3 candidatures")]
    public void NonNumericQuantity_IsAClearError(string text)
        => Assert.Contains("must be a number", Assert.Throws<FormatException>(() => Indicator.ParseQuantity(text, CultureInfo.InvariantCulture)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("ROME:M1805", "ROME", "M1805")]
    [InlineData("cnp : 72400", "NOC-2021", "72400")]
    [InlineData("ISCO-08:7233", "ISCO-08", "7233")]
    public void AnObjectivesOccupation_IsAValidatedOccupation(string text, string scheme, string code)
    {
        var occupation = Counselling.Core.Occupations.Occupation.Parse(text);
        var objective = Vague() with { Occupation = occupation };
        Assert.Equal(scheme, Counselling.Core.Occupations.Occupation.SchemeOf(objective.Occupation!.Value.Classification));
        Assert.Equal(code, objective.Occupation.Value.Code);
        Assert.Equal(occupation, Counselling.Core.Occupations.Occupation.Parse(occupation.ToString()));
    }

    [Theory]
    [InlineData("ROME:O1103", "occupation.rome.domain-letter")]
    [InlineData("NOC:27631", "occupation.noc.teer")]
    [InlineData("M1805", "occupation.scheme.missing")]
    [InlineData("ROME:ingénieur du son", "occupation.rome.format")]
    public void AnImpossibleOccupation_IsAClearCodedError(string text, string code)
    {
        var refusal = Assert.Throws<Counselling.Core.Occupations.OccupationFormatException>(() => Counselling.Core.Occupations.Occupation.Parse(text));
        Assert.Equal(code, refusal.Reason.Code);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Reason.Describe(CultureInfo.GetCultureInfo("fr-FR"))));
    }

    [Fact]
    public void Indicator_ToString_ShowsNoText()
        => Assert.Equal("indicator(Decrease, baseline, target)", new Indicator("dettes", "euros", 10, 0, IndicatorDirection.Decrease).ToString());
}

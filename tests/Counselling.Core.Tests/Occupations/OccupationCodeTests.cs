using System.Globalization;
using Counselling.Core.Occupations;
using Xunit;

namespace Counselling.Core.Tests.Occupations;

public sealed class OccupationCodeTests
{
    [Fact]
    public void RomeCode_WithLetterO_IsRefused_BecauseOIsNotARomeDomain()
    {
        Assert.False(RomeCode.TryParse("O1103", out var code, out var error));

        Assert.True(code.IsDefault);
        Assert.Equal(OccupationCodes.RomeDomainLetter, error.Code);
        Assert.Equal("O", error["letter"]);
        Assert.Contains("A to N", error.Describe(CultureInfo.GetCultureInfo("en")), System.StringComparison.Ordinal);
        Assert.Contains("de A à N", error.Describe(CultureInfo.GetCultureInfo("fr-FR")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RomeCode_Parse_ThrowsACodedFormatException()
    {
        var error = Assert.Throws<OccupationFormatException>(() => RomeCode.Parse("O1103"));

        Assert.Equal(OccupationCodes.RomeDomainLetter, error.Reason.Code);
    }

    [Fact]
    public void RomeCode_InLowerCase_IsReadInItsCanonicalForm()
    {
        var code = RomeCode.Parse(" h2903 ");

        Assert.Equal("H2903", code.ToString());
        Assert.Equal('H', code.Domain);
    }

    [Fact]
    public void NocCode_WithTeer7_IsRefused_BecauseTeerGoesFrom0To5()
    {
        Assert.False(NocCode.TryParse("27631", out _, out var error));

        Assert.Equal(OccupationCodes.NocTeer, error.Code);
        Assert.Equal(7, error["teer"]);
        Assert.Contains("FEER", error.Describe(CultureInfo.GetCultureInfo("fr-CA")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void NocCode_GivesItsBroadCategoryAndTeer()
    {
        var code = NocCode.Parse("72400");

        Assert.Equal(7, code.BroadCategory);
        Assert.Equal(2, code.Teer);
    }

    [Theory]
    [InlineData("723")]
    [InlineData("72333")]
    [InlineData("72a3")]
    public void IscoCode_NotFourDigits_IsRefused(string text)
    {
        Assert.False(IscoCode.TryParse(text, out _, out var error));
        Assert.Equal(OccupationCodes.IscoFormat, error.Code);
    }

    [Theory]
    [InlineData("49-9041.00", true)]
    [InlineData("49-9041", false)]
    [InlineData("499041.00", false)]
    public void OnetSocCode_IsWrittenNNDashNNNNDotNN(string text, bool valid) => Assert.Equal(valid, OnetSocCode.TryParse(text, out _));

    [Fact]
    public void EscoUri_IsReadInLowerCase_AndOtherUrisAreRefused()
    {
        var uri = EscoOccupationUri.Parse("http://data.europa.eu/esco/occupation/F2B15A0E-E65A-438A-AFFB-29B9D50B77D1");

        Assert.Equal("http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", uri.ToString());
        Assert.False(EscoOccupationUri.TryParse("http://data.europa.eu/esco/skill/f2b15a0e-e65a-438a-affb-29b9d50b77d1", out _, out var error));
        Assert.Equal(OccupationCodes.EscoFormat, error.Code);
    }

    [Fact]
    public void RiasecCode_WithARepeatedLetter_IsRefused()
    {
        Assert.False(RiasecCode.TryParse("RIR", out _, out var error));

        Assert.Equal(OccupationCodes.RiasecRepeatedLetter, error.Code);
        Assert.Equal("R", error["letter"]);
    }

    [Theory]
    [InlineData("ROME:H2903", OccupationClassification.Rome, "ROME:H2903")]
    [InlineData("isco-08:7233", OccupationClassification.Isco08, "ISCO-08:7233")]
    [InlineData("CNP:72400", OccupationClassification.Noc2021, "NOC-2021:72400")]
    [InlineData("O*NET-SOC:49-9041.00", OccupationClassification.OnetSoc, "O*NET-SOC:49-9041.00")]
    [InlineData("riasec:ric", OccupationClassification.Riasec, "RIASEC:RIC")]
    [InlineData("ESCO:http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", OccupationClassification.Esco, "ESCO:http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1")]
    public void Occupation_ReadsSchemeColonCode(string text, OccupationClassification classification, string canonical)
    {
        var occupation = Occupation.Parse(text);

        Assert.Equal(classification, occupation.Classification);
        Assert.Equal(canonical, occupation.ToString());
    }

    [Theory]
    [InlineData("H2903", OccupationCodes.SchemeMissing)]
    [InlineData("SOC:H2903", OccupationCodes.SchemeUnknown)]
    [InlineData("ROME:O1103", OccupationCodes.RomeDomainLetter)]
    [InlineData("NOC-2021:27631", OccupationCodes.NocTeer)]
    public void Occupation_Refuses_WithTheReasonOfTheClassification(string text, string code)
    {
        var error = Assert.Throws<OccupationFormatException>(() => Occupation.Parse(text));

        Assert.Equal(code, error.Reason.Code);
    }

    [Fact]
    public void DefaultValues_NameNoOccupation()
    {
        Assert.True(default(RomeCode).IsDefault);
        Assert.Equal("none", default(RomeCode).ToString());
        Assert.Equal("none", default(Occupation).ToString());
        Assert.Throws<System.ArgumentException>(() => Occupation.Of(default(RomeCode)));
    }
}

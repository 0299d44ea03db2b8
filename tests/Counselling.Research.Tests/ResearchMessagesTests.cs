using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Counselling.Research.Tests;

public sealed partial class ResearchMessagesTests
{
    [Fact]
    public void EveryCode_HasOneMessage()
    {
        var codes = typeof(ResearchCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();

        Assert.Equal(codes.Order(), ResearchMessages.All.Select(m => m.Code).Order());
    }

    [Fact]
    public void EveryTranslation_HasTheSamePlaceholders()
    {
        Assert.All(ResearchMessages.All, m => Assert.Equal(
            Placeholder().Matches(m.English).Select(x => x.Value).Order(),
            Placeholder().Matches(m.French).Select(x => x.Value).Order()));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("fr-CA")]
    [InlineData("fr-BE")]
    public void FrenchCultures_GetFrench(string culture) =>
        Assert.Equal("L'identifiant à pseudonymiser est vide.", ResearchMessages.Format(ResearchCodes.IdentifierEmpty, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void OtherCultures_GetEnglish() =>
        Assert.Equal("The identifier to pseudonymise is empty.", ResearchMessages.Format(ResearchCodes.IdentifierEmpty, CultureInfo.GetCultureInfo("de-DE")));

    [Fact]
    public void ARefusal_IsDescribedInFrench_WithNumbersFormattedForTheCulture()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => Counselling.Research.Statistics.Rates.Wilson(3, 10, 1.5));

        Assert.StartsWith("The confidence level must lie strictly between 0 and 1, such as 0.95 (it is 1.5).", refusal.Message, System.StringComparison.Ordinal);
        Assert.Equal(
            "Le niveau de confiance doit être strictement compris entre 0 et 1, par exemple 0,95 (il vaut 1,5).",
            refusal.Describe(CultureInfo.GetCultureInfo("fr-CA")));
    }

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();
}

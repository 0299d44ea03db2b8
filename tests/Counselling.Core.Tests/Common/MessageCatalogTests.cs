using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Counselling.Core.Common;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Common;

public sealed class MessageCatalogTests
{
    [Fact]
    public void EveryCode_HasEnglishAndFrench_WithTheSamePlaceholders()
    {
        var catalog = MessageCatalog.Default;
        foreach (var code in catalog.Codes)
        {
            Assert.True(catalog.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var en), code);
            Assert.True(catalog.TryGetTemplate(code, CultureInfo.GetCultureInfo("fr"), out var fr), code);
            Assert.False(string.IsNullOrWhiteSpace(fr), code);
            Assert.Equal(Placeholders(en), Placeholders(fr));
        }
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("fr-CA")]
    [InlineData("fr-BE")]
    public void FrenchCultures_FallBackToFrench(string culture)
    {
        var text = new Reason("action.refused").Describe(CultureInfo.GetCultureInfo(culture));
        Assert.Equal("L'action a été refusée.", text);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    [InlineData("")]
    public void OtherCultures_FallBackToEnglish(string culture)
    {
        var text = new Reason("action.refused").Describe(CultureInfo.GetCultureInfo(culture));
        Assert.Equal("The action was refused.", text);
    }

    [Fact]
    public void Dates_AreFormattedForTheUiCulture()
    {
        var date = new LocalDate(2026, 3, 7);
        Assert.Equal("07/03/2026", MessageCatalog.Default.FormatValue(date, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("3/7/2026", MessageCatalog.Default.FormatValue(date, CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void UnknownCode_IsWrittenAsTheCodeItself()
        => Assert.Equal("no.such.code", new Reason("no.such.code").Describe(CultureInfo.InvariantCulture));

    [Fact]
    public void WithTemplate_AddsALanguage_WithoutChangingTheOriginal()
    {
        var dutch = MessageCatalog.Default.WithTemplate("nl", "action.refused", "De actie is geweigerd.");
        Assert.Equal("De actie is geweigerd.", dutch.Format(new Reason("action.refused"), CultureInfo.GetCultureInfo("nl-BE")));
        Assert.Equal("The action was refused.", MessageCatalog.Default.Format(new Reason("action.refused"), CultureInfo.GetCultureInfo("nl-BE")));
    }

    private static string[] Placeholders(string template)
        => Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Order().ToArray();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Counselling.Core.Common;
using Xunit;

namespace Counselling.Core.Tests.Common;

/// <summary>
/// Every message, rendered with every form of its arguments, read as a counsellor reads a screen: one word per idea in
/// each French variant, the counsellor named by an epicene form, French spacing and guillemets, third parties by role.
/// </summary>
public sealed partial class FrenchAsCounsellorsReadItTests
{
    private static readonly string[] FranceAndBelgium = ["fr", "fr-FR", "fr-BE"];

    [Fact]
    public void FranceAndBelgium_SayEntretienAndAccompagnement_NeverTheQuebecWords()
        => Assert.Empty(Offending(FranceAndBelgium, QuebecWords()));

    [Fact]
    public void Quebec_SaysRencontreInterventionObstacle_NeverTheWordsOfFranceAndBelgium()
        => Assert.Empty(Offending(["fr-CA"], FranceWords()));

    [Fact]
    public void EveryFrenchVariant_NamesTheCounsellorByAnEpiceneForm_AndKeepsFrenchTypography()
    {
        var problems = Offending([.. FranceAndBelgium, "fr-CA"], MasculineCounsellor())
            .Concat(Offending([.. FranceAndBelgium, "fr-CA"], PunctuationWithoutSpace()))
            .Concat(Offending([.. FranceAndBelgium, "fr-CA"], EnglishQuotesOrBareGuillemets()))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void EveryThirdPartyRole_HasALabel_InEveryShippedCulture()
    {
        var roles = Enum.GetValues<ThirdPartyRole>().Where(r => r != ThirdPartyRole.None).ToList();
        Assert.Equal(15, roles.Count);
        var english = CultureInfo.GetCultureInfo("en");
        foreach (var role in roles)
        {
            foreach (var name in EveryMessageTests.ShippedCultures)
            {
                var culture = CultureInfo.GetCultureInfo(name);
                Assert.True(MessageCatalog.Default.TryGetTemplate(MessageCatalog.EnumCode(role), culture, out var label), role + " " + name);
                Assert.False(string.IsNullOrWhiteSpace(label), role + " " + name);
                if (culture.TwoLetterISOLanguageName == "fr")
                {
                    Assert.NotEqual(MessageCatalog.Default.FormatValue(role, english), MessageCatalog.Default.FormatValue(role, culture));
                }
            }
        }
    }

    [Theory]
    [InlineData("fr-FR", ThirdPartyRole.Aunt, "tante")]
    [InlineData("fr-BE", ThirdPartyRole.Teacher, "personne enseignante ou formatrice")]
    [InlineData("fr-CA", ThirdPartyRole.PartnerOrganisation, "organisme partenaire")]
    [InlineData("fr-FR", ThirdPartyRole.PartnerOrganisation, "structure partenaire")]
    [InlineData("en-GB", ThirdPartyRole.Sibling, "brother or sister")]
    public void AThirdParty_IsNamedByItsRole_AsTheRegionSaysIt(string culture, ThirdPartyRole role, string expected)
        => Assert.Equal(expected, MessageCatalog.Default.FormatValue(role, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("fr-FR", "evaluation.contribution.unplanned", "tante : garde des enfants (aide non prévue, notée le 6 juillet 2026 par la personne conseillère).")]
    [InlineData("fr-CA", "evaluation.contribution.planned", "tante : garde des enfants (aide prévue, notée le 6 juillet 2026 par la personne conseillère).")]
    [InlineData("fr-CA", "evaluation.perspective.judgement-in-session", "Avis de la personne conseillère à la rencontre « premier bilan » : une réussite (noté le 6 juillet 2026 par un organisme partenaire).")]
    [InlineData("fr-BE", "evaluation.perspective.judgement", "Avis de la personne conseillère : une réussite (noté le 6 juillet 2026 par une structure partenaire).")]
    [InlineData("en", "evaluation.contribution.unplanned", "aunt: garde des enfants, unplanned (recorded on 6 July 2026 by the counsellor).")]
    public void WhoHelpedAndWhoRecordedIt_ReadAsASentence(string culture, string code, string expected)
    {
        var partnerRecords = code.StartsWith("evaluation.perspective", StringComparison.Ordinal);
        var reason = new Reason(
            code,
            new ReasonArgument("contributor", ThirdPartyRole.Aunt),
            new ReasonArgument("contribution", "garde des enfants"),
            new ReasonArgument("judge", Enum.Parse(EnumType("JudgeKind"), "Counsellor")),
            new ReasonArgument("answer", Enum.Parse(EnumType("JudgementAnswer"), "Succeeded")),
            new ReasonArgument("session", MessageSamples.Session),
            new ReasonArgument("known", new NodaTime.LocalDate(2026, 7, 6)),
            new ReasonArgument("source", partnerRecords ? ActorKind.Partner : ActorKind.Counsellor));

        Assert.Equal(expected, MessageCatalog.Default.Format(reason, CultureInfo.GetCultureInfo(culture), new MessageSamples.LabelsOfTheHost()));
    }

    private static Type EnumType(string name) => typeof(MessageCatalog).Assembly.GetTypes().Single(t => t.IsEnum && t.Name == name);

    private static List<string> Offending(string[] cultures, Regex forbidden)
    {
        var problems = new List<string>();
        var labels = new MessageSamples.LabelsOfTheHost();
        foreach (var code in MessageCatalog.Default.Codes.Where(c => !EveryMessageTests.IsPattern(c)))
        {
            MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var english);
            foreach (var reason in MessageSamples.ReasonsFor(code, MessageCatalog.PlaceholdersOf(english)))
            {
                foreach (var name in cultures)
                {
                    var text = MessageCatalog.Default.Format(reason, CultureInfo.GetCultureInfo(name), labels);
                    if (forbidden.Match(text) is { Success: true } m)
                    {
                        problems.Add(name + " " + code + " «" + m.Value + "»: " + text);
                    }
                }
            }
        }

        return [.. problems.Distinct()];
    }

    // The words of Québec counsellors, which a French or Belgian screen does not mix with entretien and accompagnement.
    [GeneratedRegex(@"\b(rencontres?|interventions?|obstacles?|courriels?|organismes? partenaires?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuebecWords();

    // The words of France and Belgium, which a Québec screen says as rencontre, intervention, obstacle, organisme, fermeture.
    [GeneratedRegex(@"\b(entretiens?|accompagnements?|freins?|structures? partenaires?|clôtur\w*|e-mails?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FranceWords();

    // "le conseiller", "du conseiller", "conseillers": the counsellor is "la personne conseillère".
    [GeneratedRegex(@"\bconseillers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MasculineCounsellor();

    // A space before ":", ";", "?" and "!" that end a clause ("ROME:H2903" and "http://" are codes, not prose).
    [GeneratedRegex(@"[^\s][:;?!](?=\s|$)")]
    private static partial Regex PunctuationWithoutSpace();

    // French quotes are « guillemets » with a space inside.
    [GeneratedRegex(@"[""“”]|«(?! )|(?<! )»")]
    private static partial Regex EnglishQuotesOrBareGuillemets();
}

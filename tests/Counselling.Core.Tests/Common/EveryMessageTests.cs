using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Counselling.Core.Common;
using Counselling.Core.Resources;
using Xunit;

namespace Counselling.Core.Tests.Common;

/// <summary>Every template of the built-in catalogue, in every shipped culture, with every form of its arguments.</summary>
public sealed partial class EveryMessageTests
{
    public static readonly string[] ShippedCultures = ["en", "en-GB", "en-US", "fr", "fr-FR", "fr-BE", "fr-CA"];

    private static readonly string[] FrenchVariants = ["fr-FR", "fr-BE", "fr-CA"];

    private static readonly MessageSamples.LabelsOfTheHost Labels = new();

    /// <summary>Codes whose templates are NodaTime patterns rather than sentences.</summary>
    public static bool IsPattern(string code) => code is "format.date" or "format.date.first-day" or "format.time" or "format.time.on-the-hour";

    [Fact]
    public void EveryTemplate_InEveryShippedCulture_RendersEveryArgumentForm_WithAgreementAndWithoutLeftovers()
    {
        var checkedTexts = 0;
        var problems = new List<string>();
        foreach (var code in MessageCatalog.Default.Codes.Where(c => !IsPattern(c)))
        {
            MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var english);
            foreach (var reason in MessageSamples.ReasonsFor(code, MessageCatalog.PlaceholdersOf(english)))
            {
                foreach (var name in ShippedCultures)
                {
                    var culture = CultureInfo.GetCultureInfo(name);
                    problems.AddRange(ProblemsOf(MessageCatalog.Default.Format(reason, culture), culture, reason));
                    problems.AddRange(ProblemsOf(MessageCatalog.Default.Format(reason, culture, Labels), culture, reason));
                    checkedTexts += 2;
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.True(checkedTexts > 10_000, checkedTexts.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryTemplate_ExistsInEveryFrenchVariantAndInEnglish_WithTheSamePlaceholders()
    {
        foreach (var code in MessageCatalog.Default.Codes)
        {
            Assert.True(MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo("en"), out var english), code);
            var expected = MessageCatalog.PlaceholdersOf(english);
            foreach (var variant in FrenchVariants.Append("fr"))
            {
                Assert.True(MessageCatalog.Default.TryGetTemplate(code, CultureInfo.GetCultureInfo(variant), out var french), code + " " + variant);
                Assert.False(string.IsNullOrWhiteSpace(french), code);
                Assert.True(expected.SequenceEqual(MessageCatalog.PlaceholdersOf(french)), code + " " + variant + ": " + french);
            }
        }
    }

    [Fact]
    public void RegionalTables_AreRealTables_ThatOverrideOnlyWhatDiffers()
    {
        var en = CultureInfo.GetCultureInfo("en");
        var fr = CultureInfo.GetCultureInfo("fr");
        foreach (var row in BuiltInMessages.Regional)
        {
            MessageCatalog.Default.TryGetTemplate(row.Code, row.Culture.StartsWith("fr", StringComparison.Ordinal) ? fr : en, out var common);
            Assert.NotEqual(common, row.Text);
        }

        foreach (var variant in FrenchVariants.Append("en-US"))
        {
            Assert.Contains(variant, MessageCatalog.Default.Cultures);
            Assert.Contains(BuiltInMessages.Regional, r => r.Culture == variant);
        }
    }

    [Fact]
    public void EveryHistoryEvent_HasANameInEveryShippedCulture()
    {
        var events = typeof(MessageCatalog).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && Ancestors(t).Any(b => b.Name == "InterventionEvent"))
            .ToList();
        Assert.NotEmpty(events);
        foreach (var type in events)
        {
            foreach (var name in ShippedCultures)
            {
                var text = MessageCatalog.Default.Format(new Reason(MessageCatalog.EventCode(type)), CultureInfo.GetCultureInfo(name));
                Assert.NotEqual(MessageCatalog.EventCode(type), text);
                Assert.DoesNotContain(type.Name, text, StringComparison.Ordinal);
            }
        }

        Assert.Equal("Rencontre consignée", MessageCatalog.Default.Format(new Reason("event.SessionRecorded"), CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal("Entretien enregistré", MessageCatalog.Default.Format(new Reason("event.SessionRecorded"), CultureInfo.GetCultureInfo("fr-BE")));
    }

    [Theory]
    [InlineData("fr-FR", "barrier.status-unchanged", "Le frein est déjà « levé ».")]
    [InlineData("fr-CA", "barrier.status-unchanged", "L'obstacle est déjà « levé ».")]
    [InlineData("fr-BE", "evaluation.entered.no", "Au suivi, 6 mois après la clôture, la personne est sans activité (situation notée le 6 juillet 2026).")]
    [InlineData("fr-FR", "objective.agreement-not-by-client", "Seule la personne accompagnée peut accepter un objectif, pas une personne de son entourage ; la personne conseillère peut en revanche enregistrer son accord.")]
    [InlineData("fr-FR", "evaluation.actions.not-done", "Action « Appeler le garage » confiée à une personne de l'entourage : non réalisée (point fait le 6 juillet 2026).")]
    [InlineData("en-GB", "evaluation.actions.not-done", "Action “Appeler le garage” in a relative's hands not done (reviewed on 6 July 2026).")]
    public void FrenchAndEnglish_ReadAsCounsellorsWriteThem(string culture, string code, string expected)
    {
        var status = Enum.Parse(typeof(MessageCatalog).Assembly.GetTypes().Single(t => t.IsEnum && t.Name == "BarrierStatus"), "Lifted");
        var inactive = Enum.Parse(typeof(MessageCatalog).Assembly.GetTypes().Single(t => t.IsEnum && t.Name == "SituationKind"), "Inactive");
        var reason = new Reason(
            code,
            new ReasonArgument("status", status),
            new ReasonArgument("activity", inactive),
            new ReasonArgument("months", 6),
            new ReasonArgument("known", new NodaTime.LocalDate(2026, 7, 6)),
            new ReasonArgument("kind", ActorKind.Relative),
            new ReasonArgument("owner", ActorKind.Relative),
            new ReasonArgument("action", MessageSamples.Action));

        Assert.Equal(expected, MessageCatalog.Default.Format(reason, CultureInfo.GetCultureInfo(culture), Labels));
    }

    internal static void AssertReadsWell(string text, CultureInfo culture, Reason reason) => Assert.Empty(ProblemsOf(text, culture, reason));

    internal static IEnumerable<string> ProblemsOf(string text, CultureInfo culture, Reason reason)
    {
        var because = culture.Name + " " + reason.Code + ": " + text;
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return because;
        }

        foreach (var forbidden in new[] { "{", "}", "#", "(s)", "enum.", "event.", "format.", "  ", " .", " ," })
        {
            if (text.Contains(forbidden, StringComparison.Ordinal))
            {
                yield return "'" + forbidden + "' in " + because;
            }
        }

        if (Guid().IsMatch(text))
        {
            yield return "raw identifier in " + because;
        }

        var french = culture.TwoLetterISOLanguageName == "fr";
        if ((french ? FrenchSingularWithPluralNoun() : EnglishSingularWithPluralNoun()).IsMatch(text)
            || (french ? FrenchPluralWithSingularNoun() : EnglishPluralWithSingularNoun()).IsMatch(text))
        {
            yield return "agreement in " + because;
        }
    }

    private static IEnumerable<Type> Ancestors(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    // "1 entretiens", "0 heures", "1,5 heures": French puts 0, 1 and 1.5 in the singular.
    [GeneratedRegex(@"(?<![\d,.])(0|1|1,5) (?!mois\b|fois\b|sur\b|puis\b)\p{L}+s\b")]
    private static partial Regex FrenchSingularWithPluralNoun();

    [GeneratedRegex(@"(?<![\d,.])(2|12|35|48|50,5) (entretien|rencontre|heure|action|jour|semaine|an|prévu|prévue|tenu|tenue)\b")]
    private static partial Regex FrenchPluralWithSingularNoun();

    [GeneratedRegex(@"(?<![\d,.])1 (?!is\b|was\b|has\b|does\b)\p{L}+s\b")]
    private static partial Regex EnglishSingularWithPluralNoun();

    [GeneratedRegex(@"(?<![\d,.])(0|2|12|35|48|1\.5|50\.5) (interview|action|hour|month|day|week|year|planned interview|reviewed action)\b(?!s)")]
    private static partial Regex EnglishPluralWithSingularNoun();
}

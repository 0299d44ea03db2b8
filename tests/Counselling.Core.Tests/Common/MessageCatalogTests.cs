using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Common;

public sealed class MessageCatalogTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr");

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

    [Theory]
    [InlineData("fr-FR", "Cet entretien ne peut pas être enregistré comme tenu : il est « annulé ».")]
    [InlineData("fr-BE", "Cet entretien ne peut pas être enregistré comme tenu : il est « annulé ».")]
    [InlineData("fr-CA", "Cette rencontre ne peut pas être consignée comme tenue : elle est « annulée ».")]
    [InlineData("en-GB", "This interview cannot be recorded as held: it is “cancelled”.")]
    public void RegionalTables_OverrideOnlyWhatDiffers_WithAgreement(string culture, string expected)
    {
        var status = Enum.Parse(typeof(MessageCatalog).Assembly.GetTypes().Single(t => t.IsEnum && t.Name == "SessionStatus"), "Cancelled");
        var reason = new Reason("session.not-recordable", new ReasonArgument("status", status));

        Assert.Equal(expected, reason.Describe(CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("fr-FR", "CDI")]
    [InlineData("fr-BE", "contrat à durée indéterminée")]
    [InlineData("fr-CA", "emploi permanent")]
    [InlineData("fr", "contrat à durée indéterminée")]
    public void Contracts_AreNamedAsEachRegionNamesThem(string culture, string expected)
    {
        var permanent = Enum.Parse(typeof(MessageCatalog).Assembly.GetTypes().Single(t => t.IsEnum && t.Name == "ContractKind"), "Permanent");
        Assert.Equal(expected, MessageCatalog.Default.FormatValue(permanent, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("fr", 0, "0 entretien est encore prévu : enregistrez-le, notez l'absence ou annulez-le avant de passer au suivi.")]
    [InlineData("fr", 1, "1 entretien est encore prévu : enregistrez-le, notez l'absence ou annulez-le avant de passer au suivi.")]
    [InlineData("fr", 3, "3 entretiens sont encore prévus : enregistrez-les, notez les absences ou annulez-les avant de passer au suivi.")]
    [InlineData("fr-CA", 1, "1 rencontre est encore prévue : consignez-la, notez l'absence ou annulez-la avant de passer au suivi.")]
    [InlineData("en", 1, "1 interview is still planned: record it, mark it as missed or cancel it before starting the follow-up.")]
    [InlineData("en", 0, "0 interviews are still planned: record them, mark them as missed or cancel them before starting the follow-up.")]
    public void Plurals_AgreeWithTheCount_ByTheLanguagesRules(string culture, int count, string expected)
    {
        var reason = new Reason("followup.sessions-still-planned", new ReasonArgument("count", count));
        Assert.Equal(expected, reason.Describe(CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData(0, 3, "Aucun entretien tenu sur 3 prévus.")]
    [InlineData(1, 1, "1 entretien tenu sur 1 prévu.")]
    [InlineData(2, 5, "2 entretiens tenus sur 5 prévus.")]
    public void HeldSessions_ReadWithoutBracketedPlurals(int held, int planned, string expected)
    {
        var reason = new Reason("evaluation.sessions.held-count", new ReasonArgument("held", held), new ReasonArgument("planned", planned));
        Assert.Equal(expected, reason.Describe(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Select_ChoosesTheBranchOfTheValue_AndOtherOtherwise()
    {
        var catalog = MessageCatalog.Default
            .WithTemplate("fr", "test.select", "{who, select, Client {la personne accompagnée} other {quelqu'un d'autre}} a {n, plural, =0 {rien fait} one {fait # chose} other {fait # choses}}.");
        Assert.Equal("la personne accompagnée a fait 1 chose.", catalog.Format(new Reason("test.select", new ReasonArgument("who", ActorKind.Client), new ReasonArgument("n", 1)), Fr));
        Assert.Equal("quelqu'un d'autre a rien fait.", catalog.Format(new Reason("test.select", new ReasonArgument("who", ActorKind.Partner), new ReasonArgument("n", 0)), Fr));
        Assert.Equal("quelqu'un d'autre a fait 2 choses.", catalog.Format(new Reason("test.select", new ReasonArgument("who", "x"), new ReasonArgument("n", 2)), Fr));
    }

    [Theory]
    [InlineData("{n, plural, one {a}}")]
    [InlineData("{n, plural, one {a} other {b}")]
    [InlineData("{n, choose, other {b}}")]
    [InlineData("{}")]
    [InlineData("text }")]
    public void MalformedTemplates_AreRefused(string template)
        => Assert.Throws<ArgumentException>(() => MessageCatalog.Default.WithTemplate("nl", "action.refused", template));

    [Fact]
    public void PlaceholdersOf_NamesEveryArgument_InEveryBranch()
        => Assert.Equal(["count", "due", "who"], MessageCatalog.PlaceholdersOf("{count, plural, one {# {who}} other {# le {due}}} {who}"));

    [Fact]
    public void Dates_AreWrittenAsPeopleWriteThem()
    {
        var date = new LocalDate(2026, 7, 6);
        Assert.Equal("6 juillet 2026", MessageCatalog.Default.FormatValue(date, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("1er juillet 2026", MessageCatalog.Default.FormatValue(new LocalDate(2026, 7, 1), CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal("6 July 2026", MessageCatalog.Default.FormatValue(date, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("July 6, 2026", MessageCatalog.Default.FormatValue(date, CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("6 juillet 2026 à 9 h 30", MessageCatalog.Default.FormatValue(date.At(new LocalTime(9, 30)), CultureInfo.GetCultureInfo("fr-BE")));
        Assert.Equal("6 juillet 2026 à 14 h", MessageCatalog.Default.FormatValue(date.At(new LocalTime(14, 0)), CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("6 July 2026 at 09:30", MessageCatalog.Default.FormatValue(date.At(new LocalTime(9, 30)), CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("July 6, 2026 at 9:30 AM", MessageCatalog.Default.FormatValue(date.At(new LocalTime(9, 30)), CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void PlannedInThePast_ReadsAsACounsellorWritesIt()
    {
        var reason = new Reason("session.planned-in-past", new ReasonArgument("start", new LocalDateTime(2026, 7, 6, 9, 30)));
        Assert.Equal("Un entretien ne peut pas être prévu le 6 juillet 2026 à 9 h 30 : ce moment est déjà passé.", reason.Describe(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Money_IsWrittenWithItsCurrency()
    {
        var amount = new Money(1450m, "EUR");
        Assert.Equal("1 450,00 €", Spaces(MessageCatalog.Default.FormatValue(amount, CultureInfo.GetCultureInfo("fr-FR"))));
        Assert.Equal("€1,450.00", MessageCatalog.Default.FormatValue(amount, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("1 450,00 $", Spaces(MessageCatalog.Default.FormatValue(new Money(1450m, "CAD"), CultureInfo.GetCultureInfo("fr-CA"))));
        Assert.Throws<ArgumentException>(() => new Money(1m, "euro"));
    }

    [Fact]
    public void Identifiers_AreNamedByTheHostsLabels_OrLeftOut_NeverPrintedRaw()
    {
        var objective = ObjectiveId.New();
        var reason = new Reason(
            "evaluation.objective.missed",
            new ReasonArgument("objective", objective),
            new ReasonArgument("target", 3),
            new ReasonArgument("deadline", new LocalDate(2026, 7, 6)));
        var labels = new Labels(new Dictionary<IIdentifier, string> { [objective] = "Trouver un stage" });

        Assert.Equal("L'objectif « Trouver un stage » n'a pas atteint sa cible de 3 à l'échéance du 6 juillet 2026.", MessageCatalog.Default.Format(reason, Fr, labels));
        Assert.Equal("Objective “Trouver un stage” did not reach its target of 3 by its deadline, 6 July 2026.", MessageCatalog.Default.Format(reason, En, labels));
        Assert.Equal("L'objectif n'a pas atteint sa cible de 3 à l'échéance du 6 juillet 2026.", MessageCatalog.Default.Format(reason, Fr));
        Assert.DoesNotContain(objective.Value.ToString(), reason.Describe(En), StringComparison.OrdinalIgnoreCase);
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

    [Fact]
    public void ArgumentErrors_CarryAReason_AScreenCanShow()
    {
        var error = Assert.Throws<ArgumentException>(() => Actor.Client(default));
        Assert.True(ArgumentReason.TryGet(error, out var reason));
        Assert.Equal("argument.default-id", reason.Code);
        Assert.Equal("La personne accompagnée n'est pas identifiée : le formulaire a envoyé une référence vide. Rechargez la page et recommencez.", reason.Describe(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("The client is not identified: the form sent an empty reference. Reload the page and try again.", reason.Describe(CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("L'intervention n'est pas identifiée : le formulaire a envoyé une référence vide. Rechargez la page et recommencez.", ArgumentReason.DefaultIdentifier(typeof(InterventionId)).Describe(CultureInfo.GetCultureInfo("fr-CA")));
        Assert.True(ArgumentReason.TryGet(Assert.Throws<ArgumentException>(() => Actor.System(" ")), out var blank));
        Assert.Equal("Un champ obligatoire est vide.", blank.Describe(Fr));
        Assert.Equal("Le fuseau horaire « Mars/Olympus » est inconnu : vérifiez les paramètres de la structure.", ArgumentReason.UnknownZone("Mars/Olympus").Describe(Fr));
    }

    internal static string Spaces(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    /// <summary>A host's labels: here a dictionary, in a real host a lookup in its own store.</summary>
    internal sealed class Labels(IReadOnlyDictionary<IIdentifier, string> labels) : IMessageLabels
    {
        public bool TryGetLabel(IIdentifier id, CultureInfo culture, [NotNullWhen(true)] out string? label) => labels.TryGetValue(id, out label);
    }
}

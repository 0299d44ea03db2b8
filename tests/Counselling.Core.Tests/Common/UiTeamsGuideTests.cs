using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Common;

/// <summary>The examples of docs/ui-teams.md about messages, run.</summary>
public sealed class UiTeamsGuideTests
{
    [Fact]
    public void ARefusal_InEachRegion_WithTheHostsLabels()
    {
        var objective = ObjectiveId.New();
        var titles = new Dictionary<IIdentifier, string> { [objective] = "Trouver un stage" };
        var reason = new Reason(
            "evaluation.objective.missed",
            new ReasonArgument("objective", objective),
            new ReasonArgument("target", 3),
            new ReasonArgument("deadline", new LocalDate(2026, 7, 6)));

        // guide: labels
        IMessageLabels labels = new TitleLabels(titles);   // the host's lookup: objective titles, action summaries
        var catalog = MessageCatalog.Default;
        string fr = catalog.Format(reason, CultureInfo.GetCultureInfo("fr-CA"), labels);
        string en = catalog.Format(reason, CultureInfo.GetCultureInfo("en-US"), labels);
        string bare = catalog.Format(reason, CultureInfo.GetCultureInfo("fr-FR"));   // no labels: the id is left out
        // end guide

        Assert.Equal("L'objectif « Trouver un stage » n'a pas atteint sa cible de 3 à l'échéance du 6 juillet 2026.", fr);
        Assert.Equal("Objective “Trouver un stage” did not reach its target of 3 by its deadline, July 6, 2026.", en);
        Assert.Equal("L'objectif n'a pas atteint sa cible de 3 à l'échéance du 6 juillet 2026.", bare);
    }

    [Fact]
    public void AHostAddsALanguage()
    {
        // guide: add-language
        var dutch = MessageCatalog.Default.WithTemplates("nl-BE", new Dictionary<string, string>
        {
            ["session.no-concrete-outcome"] = "Elk gesprek eindigt met iets concreets: voeg een voorstel, een verwijzing of een afgesproken actie toe.",
            ["followup.sessions-still-planned"] = "{count, plural, one {Er is nog # gesprek gepland} other {Er zijn nog # gesprekken gepland}}: registreer of annuleer ze eerst.",
            ["format.date-time"] = "{date} om {time}",
        });
        string text = dutch.Format(new Reason("followup.sessions-still-planned", new ReasonArgument("count", 2)), CultureInfo.GetCultureInfo("nl-BE"));
        // end guide

        Assert.Equal("Er zijn nog 2 gesprekken gepland: registreer of annuleer ze eerst.", text);
    }

    [Fact]
    public void AnArgumentError_ShownOnScreen()
    {
        var culture = CultureInfo.GetCultureInfo("fr-BE");
        string shown = string.Empty;

        // guide: argument-errors
        try
        {
            Actor.Client(default);   // a form posted an empty reference
        }
        catch (ArgumentException error) when (ArgumentReason.TryGet(error, out var reason))
        {
            shown = MessageCatalog.Default.Format(reason, culture);
        }
        // end guide

        Assert.Equal("La personne accompagnée n'est pas identifiée : le formulaire a envoyé une référence vide. Rechargez la page et recommencez.", shown);
    }

    [Theory]
    [InlineData("labels")]
    [InlineData("add-language")]
    [InlineData("argument-errors")]
    public void TheGuide_ShowsTheTestedExample(string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Common/UiTeamsGuideTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/ui-teams.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }

    private sealed class TitleLabels(IReadOnlyDictionary<IIdentifier, string> titles) : IMessageLabels
    {
        public bool TryGetLabel(IIdentifier id, CultureInfo culture, [NotNullWhen(true)] out string? label) => titles.TryGetValue(id, out label);
    }
}

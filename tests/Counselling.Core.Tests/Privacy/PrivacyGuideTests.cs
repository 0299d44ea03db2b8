using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Privacy;

/// <summary>The example of docs/privacy.md, run; its lists of codes and roles kept complete.</summary>
public sealed class PrivacyGuideTests
{
    [Fact]
    public void EraseAHistory_AndEvaluateItTheSame()
    {
        var world = new TestWorld();
        var intervention = world.Active();
        IClock clock = world.Clock;
        var asOf = world.Clock.GetCurrentInstant();
        var before = new EvaluationEngine(BuiltInRubrics.Default).Summarize(intervention.ToCaseRecord(), asOf);

        // guide: erasure
        // Erase the client's words; the figures stay.
        IReadOnlyList<InterventionEvent> erased = PersonalDataEraser.Erase(intervention.History);
        var rebuilt = Intervention.FromHistory(erased, new AgencyClock(clock, DateTimeZoneProviders.Tzdb, "UTC"));
        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        EvaluationSummary same = engine.Summarize(rebuilt.ToCaseRecord(), asOf);
        // end guide

        Assert.Equal(before, same);
        Assert.Equal(intervention.State, rebuilt.State);
    }

    [Fact]
    public void TheGuide_ShowsTheTestedExample()
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Privacy/PrivacyGuideTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: erasure") + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/privacy.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheGuide_ListsEveryRoleAndEveryNonPersonalCode()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/privacy.md"));

        Assert.All(Enum.GetValues<ThirdPartyRole>().Where(r => r != ThirdPartyRole.None), r => Assert.Contains("| `" + r + "` | `" + ThirdPartyRoleCodes.ToCode(r) + "` |", guide, StringComparison.Ordinal));
        Assert.All(PrivacyTests.NonPersonalCodes, code => Assert.Contains("`" + code + "`", guide, StringComparison.Ordinal));
        Assert.Contains("[privacy.md](privacy.md)", File.ReadAllText(RepositoryFiles.PathOf("docs/README.md")), StringComparison.Ordinal);
    }
}

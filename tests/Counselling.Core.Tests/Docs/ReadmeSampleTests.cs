using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Docs;

/// <summary>The README's sample, compiled and run here; a second test checks the README still shows this code.</summary>
public sealed class ReadmeSampleTests
{
    private const string Begin = "        // readme: taste";
    private const string End = "        // end readme";

    [Fact]
    public void TheReadmeSample_Runs_AndTheRefusedClosureLeavesTheInterventionAsItWas()
    {
        // Opened, intake started, one session recorded: the refused closure added nothing.
        Assert.Equal(3, Taste(new FakeClock(Instant.FromUtc(2026, 3, 2, 14, 0))));
    }

    [Fact]
    public void TheReadme_ShowsTheSampleThatRuns()
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Docs/ReadmeSampleTests.cs"));
        var from = Array.IndexOf(source, Begin) + 1;
        var to = Array.IndexOf(source, End);
        var code = source[from..to].Select(line => line.Length >= 8 ? line[8..] : line.TrimStart())
            .Select(line => line.Replace("testClock;" + new string(' ', 11), "SystemClock.Instance;", StringComparison.Ordinal));
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        Assert.Contains(string.Join("\n", code), readme, StringComparison.Ordinal);
    }

    private static int Taste(IClock testClock)
    {
        // readme: taste
        IClock clock = testClock;                                     // hosts pass their clock; tests pass a FakeClock
        var agency = new AgencyClock(clock, DateTimeZoneProviders.Tzdb, "America/Toronto");   // given once, at start-up
        var clientId = ClientId.New();                                // the host's own client and counsellor
        var counsellorId = CounsellorId.New();
        var counsellor = Actor.Counsellor(counsellorId);
        var intervention = Intervention.Open(
            agency, InterventionId.New(), clientId, counsellorId,
            new ProgrammeSettings("PLAN-B", Period.FromMonths(6)),    // the programme's time limit and policies
            counsellor);

        intervention.StartIntake(counsellor);
        intervention.RecordSession(SessionId.New(), clock.GetCurrentInstant(),
            [new SessionOutcome(SessionOutcomeKind.Proposal, "career-choice process")],
            SessionProgress.Progressed, counsellor);

        Permission next = intervention.Check(InterventionAction.Activate);
        foreach (var reason in next.Reasons)                          // why not, for the screen
            Console.WriteLine($"{reason.Code}: {reason.Describe(CultureInfo.GetCultureInfo("fr-CA"))}");

        try { intervention.Close(ClosureReason.ObjectivesMet, counsellor); }
        catch (ActionRefusedException refusal) { Console.WriteLine(refusal.Reasons[0].Code); }   // the intervention is unchanged
        // end readme
        return intervention.Version;
    }
}

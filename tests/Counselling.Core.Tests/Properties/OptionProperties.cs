using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// One truth for plan A and plan B: over random status observations, known now or earlier, what the intervention lists
/// for each option is what its case record reads as current, and an observation is accepted exactly when the case record
/// can hold it (a resolved option never opens again).
/// </summary>
public sealed class OptionProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(OptionProperties) })]
    public void TheListedStatus_IsTheCaseRecordsCurrentOne_AndWhatIsAcceptedTheRecordHolds((int Label, int Status, int HoursEarlier, int Minutes)[] steps)
    {
        var world = new TestWorld();
        var intervention = world.InDiagnosis();
        intervention.AddOption("A", null, world.Counsellor);
        intervention.AddOption("B", null, world.Counsellor);
        foreach (var (label, status, hoursEarlier, minutes) in steps)
        {
            world.Advance(Duration.FromMinutes(minutes));
            var now = world.Clock.GetCurrentInstant();
            var knownAt = Instant.Max(intervention.OpenedAt, now - Duration.FromHours(hoursEarlier));
            var fact = new OptionFact(label == 0 ? "A" : "B", (OptionStatus)status, knownAt, ActorKind.Client);
            var allowed = intervention.CanRecord(fact).IsAllowed;
            try
            {
                intervention.RecordOption(fact, world.Counsellor);
                Assert.True(allowed);
            }
            catch (ActionRefusedException refusal)
            {
                Assert.False(allowed);
                Assert.Equal(["evidence.option-already-resolved"], refusal.Codes);
            }
        }

        var record = intervention.ToCaseRecord();
        foreach (var option in intervention.Options)
        {
            var facts = record.Options.Where(o => o.Label == option.Label).ToList();
            var latest = facts.Max(o => o.KnownAt);
            Assert.Equal(facts.Last(o => o.KnownAt == latest).Status, option.Status);
        }
    }

    public static Arbitrary<(int Label, int Status, int HoursEarlier, int Minutes)[]> Steps()
    {
        var step =
            from label in Gen.Choose(0, 1)
            from status in Gen.Choose(1, 6)
            from hours in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 48)))
            from minutes in Gen.Choose(0, 120)
            select (label, status, hours, minutes);
        return Arb.From(from length in Gen.Choose(0, 20) from items in step.ArrayOf(length) select items);
    }
}

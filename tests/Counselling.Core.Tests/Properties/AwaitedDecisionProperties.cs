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
/// One truth for the decisions plan A and plan B wait for: over random decisions awaited, answered, and option statuses
/// recorded between them, each option's status is what its decisions say (failed on a refusal, achieved once all were
/// accepted, else waiting by the earliest date awaited) unless a later status was recorded, the case record's current
/// fact is that status, and the erased history rebuilds the same statuses.
/// </summary>
public sealed class AwaitedDecisionProperties
{
    private static readonly string[] Names = ["army answer", "college answer", "tests result"];

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(AwaitedDecisionProperties) })]
    public void TheOptionsStatus_FollowsItsDecisions_AndTheCaseRecordAndTheErasedRebuildAgree((int Kind, int Label, int Name, int Days, int Minutes)[] steps)
    {
        var world = new TestWorld();
        var intervention = world.Active();
        intervention.AddOption("A", null, world.Counsellor);
        intervention.AddOption("B", null, world.Counsellor);
        foreach (var (kind, label, name, days, minutes) in steps)
        {
            world.Advance(Duration.FromMinutes(minutes));
            var option = label == 0 ? "A" : "B";
            var before = intervention.Version;
            try
            {
                switch (kind)
                {
                    case 0: intervention.AwaitDecision(option, Names[name], world.Clock.GetCurrentInstant().InUtc().Date.PlusDays(days), world.Counsellor); break;
                    case 1: intervention.RecordDecisionOutcome(option, Names[name], OptionStatus.Succeeded, world.ClientActor); break;
                    case 2: intervention.RecordDecisionOutcome(option, Names[name], OptionStatus.Failed, world.ClientActor); break;
                    default: intervention.RecordOption(new OptionFact(option, OptionStatus.Abandoned, world.Clock.GetCurrentInstant(), ActorKind.Client), world.Counsellor); break;
                }
            }
            catch (ActionRefusedException refusal)
            {
                Assert.NotEmpty(refusal.Codes);
                Assert.Equal(before, intervention.Version);
            }
        }

        var record = intervention.ToCaseRecord();
        foreach (var option in intervention.Options)
        {
            if (option.Status != OptionStatus.Abandoned && option.Decisions.Length > 0)
            {
                var expected = option.Decisions.Any(d => d.Outcome == OptionStatus.Failed) ? OptionStatus.Failed
                    : option.Decisions.All(d => d.IsReceived) ? OptionStatus.Succeeded
                    : OptionStatus.Pending;
                Assert.Equal(expected, option.Status);
                Assert.Equal(expected == OptionStatus.Pending ? option.Decisions.Where(d => !d.IsReceived).Min(d => d.ExpectedOn) : null, option.ExpectedBy);
            }

            var facts = record.Options.Where(o => o.Label == option.Label).ToList();
            var latest = facts.Max(o => o.KnownAt);
            Assert.Equal(option.Status, facts.Last(o => o.KnownAt == latest).Status);
        }

        var erased = Intervention.FromHistory(PersonalDataEraser.Erase(intervention.History), world.Agency);
        Assert.Equal(intervention.Options.Select(o => (o.Status, o.ExpectedBy, o.Decisions.Length)), erased.Options.Select(o => (o.Status, o.ExpectedBy, o.Decisions.Length)));
    }

    public static Arbitrary<(int Kind, int Label, int Name, int Days, int Minutes)[]> Steps()
    {
        var step =
            from kind in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
            from label in Gen.Choose(0, 1)
            from name in Gen.Choose(0, 2)
            from days in Gen.Choose(-10, 120)
            from minutes in Gen.Choose(0, 120)
            select (kind, label, name, days, minutes);
        return Arb.From(from length in Gen.Choose(0, 20) from items in step.ArrayOf(length) select items);
    }
}

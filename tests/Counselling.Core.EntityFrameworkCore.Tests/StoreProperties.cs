using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>Random action sequences, stored in several batches and reloaded, on SQLite in memory.</summary>
public sealed class StoreProperties(InMemorySqlite database) : IClassFixture<InMemorySqlite>
{
    private static readonly SessionId[] Sessions = Enumerable.Range(1, 4).Select(i => new SessionId(new Guid(i, 0, 0, new byte[8]))).ToArray();

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(StoreArbitraries) })]
    public async Task AnyActionSequence_StoredInBatchesAndReloaded_GivesAnEqualIntervention_AndItsCaseloadRow(StoreStep[] steps)
    {
        var world = new StoreWorld(database.Settings);
        var intervention = world.Open();
        var context = database.NewContext();
        try
        {
            var store = world.Store(context);
            foreach (var step in steps)
            {
                world.Advance(Duration.FromMinutes(step.Minutes));
                Apply(world, intervention, step);
                if (step.SaveAndReload)
                {
                    await store.SaveAsync(intervention);
                    await context.DisposeAsync();
                    context = database.NewContext();
                    store = world.Store(context);
                    intervention = (await store.FindAsync(intervention.Id))!;
                }
            }

            await store.SaveAsync(intervention);
            await using var reading = database.NewContext();
            var reloaded = (await world.Store(reading).FindAsync(intervention.Id))!;
            var entry = await reading.Caseload.AsNoTracking().SingleAsync(e => e.InterventionId == intervention.Id);

            StoreAssert.EqualAggregates(intervention, reloaded);
            Assert.Equal((intervention.State, intervention.Version, intervention.LastChangeAt), (entry.State, entry.Version, entry.LastChangeAt));
            Assert.Equal(intervention.State == InterventionState.OnHold ? intervention.Hold?.ExpectedBy : null, entry.HoldExpectedBy);
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    private static void Apply(StoreWorld world, Intervention intervention, StoreStep step)
    {
        var by = world.Counsellor;
        var now = world.Now;
        var session = Sessions[step.A % Sessions.Length];
        try
        {
            switch (step.Kind)
            {
                case 0: intervention.StartIntake(by); break;
                case 1:
                    world.AssessAutonomy(intervention);
                    intervention.CompleteIntake(by);
                    break;
                case 2:
                    world.AssessSituation(intervention);
                    intervention.ShareDiagnosis(session, by);
                    break;
                case 3: intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, now.InUtc().Date.PlusDays(step.A * 5 - 5), by); break;
                case 4: intervention.Resume(by); break;
                case 5: intervention.PlanSession(session, now.InUtc().LocalDateTime.PlusHours(step.A * 30 + 2), "Europe/Brussels", by); break;
                case 6:
                    intervention.RecordSession(session, now, [new SessionOutcome(SessionOutcomeKind.Realisation, "summary " + step.A)], (SessionProgress)(step.A % 3), by);
                    break;
                case 7: intervention.MarkSessionMissed(session, by); break;
                case 8: intervention.CancelSession(session, by); break;
                default: intervention.Close(ClosureReason.DroppedOut, by); break;
            }
        }
        catch (ActionRefusedException)
        {
            // A refused action changes nothing: the sequence goes on.
        }
    }
}

/// <summary>One step of a store property: an action, a small argument, how far the clock moves first, and whether to store and reload after it.</summary>
public sealed record StoreStep(int Kind, int A, int Minutes, bool SaveAndReload);

/// <summary>Short step sequences (each case stays fast), shrinking by dropping steps.</summary>
public static class StoreArbitraries
{
    public static Arbitrary<StoreStep[]> Steps()
    {
        var step =
            from kind in Gen.Frequency((3, Gen.Choose(0, 2)), (6, Gen.Choose(3, 8)), (1, Gen.Constant(9)))
            from a in Gen.Choose(0, 4)
            from minutes in Gen.Choose(0, 3 * 24 * 60)
            from save in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
            select new StoreStep(kind, a, minutes, save);
        var steps = from length in Gen.Choose(0, 12) from items in step.ArrayOf(length) select items;
        return Arb.From(steps, Shrink);
    }

    private static IEnumerable<StoreStep[]> Shrink(StoreStep[] steps)
        => Enumerable.Range(0, steps.Length).Reverse().Select(i => steps.Where((_, j) => j != i).ToArray());
}

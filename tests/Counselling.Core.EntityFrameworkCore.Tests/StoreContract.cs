using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>What the store promises, run on every database (SQLite in a file, PostgreSQL).</summary>
public abstract class StoreContract
{
    protected StoreContract(StoreDatabase database) => Database = database;

    protected StoreDatabase Database { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_ThenLoad_RebuildsAnEqualIntervention()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using (var context = Database.NewContext())
        {
            Assert.Equal(intervention.Version, await world.Store(context).SaveAsync(intervention, Token));
        }

        await using var reading = Database.NewContext();
        var loaded = await world.Store(reading).FindAsync(intervention.Id, Token);

        StoreAssert.EqualAggregates(intervention, loaded!);
    }

    [Fact]
    public async Task Find_WhenNothingIsStored_ReturnsNull()
    {
        await using var context = Database.NewContext();

        Assert.Null(await new StoreWorld().Store(context).FindAsync(InterventionId.New(), Token));
    }

    [Fact]
    public async Task SavingAgain_AppendsOnlyTheNewEvents_OneRowEachAtItsPosition()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(intervention, Token);
        world.RecordSession(intervention);
        world.RecordSession(intervention);

        Assert.Equal(intervention.Version, await store.SaveAsync(intervention, Token));
        Assert.Equal(intervention.Version, await store.SaveAsync(intervention, Token));

        var rows = await context.Events.AsNoTracking().Where(e => e.InterventionId == intervention.Id).OrderBy(e => e.Position).ToListAsync(Token);
        Assert.Equal(Enumerable.Range(1, intervention.Version), rows.Select(r => r.Position));
        Assert.Equal(intervention.History.Select(e => e.GetType().Name), rows.Select(r => r.Type));
        Assert.Equal(intervention.History.Select(e => e.At), rows.Select(r => r.At));
        Assert.Equal(intervention.History.Select(e => e.By.Kind), rows.Select(r => r.ActorKind));
        Assert.All(rows, r => Assert.Contains("\"$type\":\"" + r.Type + "\"", r.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASecondWriterAtTheSameVersion_GetsTheConflictWithBothVersions_AndNothingOfItsBatchIsStored()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using (var context = Database.NewContext())
        {
            await world.Store(context).SaveAsync(intervention, Token);
        }

        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        var firstStore = world.Store(first);
        var secondStore = world.Store(second);
        var mine = (await firstStore.FindAsync(intervention.Id, Token))!;
        var theirs = (await secondStore.FindAsync(intervention.Id, Token))!;
        world.RecordSession(mine);
        world.RecordSession(theirs, "a second writer's summary");
        world.RecordSession(theirs, "a second writer's other summary");
        await firstStore.SaveAsync(mine, Token);

        var conflict = await Assert.ThrowsAsync<InterventionConcurrencyException>(() => secondStore.SaveAsync(theirs, Token));

        Assert.Equal((intervention.Id, intervention.Version, intervention.Version + 1), (conflict.InterventionId, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.DoesNotContain("summary", conflict.Message, StringComparison.Ordinal);
        await using var reading = Database.NewContext();
        StoreAssert.EqualAggregates(mine, (await world.Store(reading).FindAsync(intervention.Id, Token))!);
        var caseload = await reading.Caseload.AsNoTracking().SingleAsync(e => e.InterventionId == intervention.Id, Token);
        Assert.Equal(mine.Version, caseload.Version);
    }

    [Fact]
    public async Task TwoWritersOpeningTheSameNewIntervention_OneGetsTheConflictAtVersionZero()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        // The other writer opened the same intervention too: nothing of it is stored yet (its loaded version is 0).
        var copy = Intervention.Open(world.Agency.InZone(intervention.ZoneId), intervention.Id, intervention.ClientId, intervention.CounsellorId, intervention.Programme, world.Counsellor);
        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        await world.Store(first).SaveAsync(intervention, Token);

        var conflict = await Assert.ThrowsAsync<InterventionConcurrencyException>(() => world.Store(second).SaveAsync(copy, Token));

        Assert.Equal((0, intervention.Version), (conflict.ExpectedVersion, conflict.ActualVersion));
    }

    [Fact]
    public async Task Save_MarksTheInterventionCommitted_AndASecondSaveStoresOnlyTheNewEvents()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);

        await store.SaveAsync(intervention, Token);
        Assert.Equal((intervention.Version, 0), (intervention.LoadedVersion, intervention.UncommittedEvents.Length));
        world.Advance(Duration.FromDays(1));
        intervention.Close(ClosureReason.DroppedOut, world.Counsellor);
        var stored = await store.SaveAsync(intervention, Token);

        Assert.Equal(intervention.Version, stored);
        Assert.Empty(intervention.UncommittedEvents);
    }

    [Fact]
    public async Task TwoWritersRacingOnTheSameIntervention_ExactlyOneWins_AndTheStoredHistoryIsValid()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using (var context = Database.NewContext())
        {
            await world.Store(context).SaveAsync(intervention, Token);
        }

        for (var round = 0; round < 8; round++)
        {
            var version = intervention.Version;
            using var bothLoaded = new Barrier(2);
            var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(
                async () =>
                {
                    await using var context = Database.NewContext();
                    var store = world.Store(context);
                    var mine = (await store.FindAsync(intervention.Id, Token))!;
                    lock (world)
                    {
                        world.RecordSession(mine, "writer " + writer);
                    }

                    bothLoaded.SignalAndWait(Token);
                    try
                    {
                        await store.SaveAsync(mine, Token);
                        return (Won: true, Conflict: (InterventionConcurrencyException?)null);
                    }
                    catch (InterventionConcurrencyException conflict)
                    {
                        return (Won: false, Conflict: conflict);
                    }
                },
                Token)).ToArray();
            var results = await Task.WhenAll(writers);

            Assert.Single(results, r => r.Won);
            var loser = results.Single(r => !r.Won).Conflict!;
            Assert.Equal((version, version + 1), (loser.ExpectedVersion, loser.ActualVersion));
            await using var reading = Database.NewContext();
            intervention = (await world.Store(reading).FindAsync(intervention.Id, Token))!;
            Assert.Equal(version + 1, intervention.Version);
        }
    }

    [Fact]
    public async Task ACorruptPayload_IsRefusedWithItsLocation_WithoutTheStoredValue_AndOtherInterventionsStillLoad()
    {
        var world = new StoreWorld();
        var damaged = world.InDiagnosis();
        var sound = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(damaged, Token);
        await store.SaveAsync(sound, Token);
        var row = await context.Events.AsNoTracking().SingleAsync(e => e.InterventionId == damaged.Id && e.Position == 3, Token);
        var broken = row.Payload.Replace("\"heldAt\":\"", "\"heldAt\":\"" + StoreWorld.PrivateSummary, StringComparison.Ordinal);
        await context.Events.Where(e => e.InterventionId == damaged.Id && e.Position == 3).ExecuteUpdateAsync(s => s.SetProperty(e => e.Payload, broken), Token);

        var refusal = await Assert.ThrowsAsync<StoredEventException>(() => world.Store(context).FindAsync(damaged.Id, Token));

        Assert.Equal((damaged.Id, 3, "$.heldAt"), (refusal.InterventionId, refusal.Position, refusal.JsonPath));
        Assert.Contains(damaged.Id.ToString(), refusal.Message, StringComparison.Ordinal);
        Assert.Contains("position 3", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("$.heldAt", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Karim", refusal.ToString(), StringComparison.Ordinal);
        Assert.NotNull(await world.Store(context).FindAsync(sound.Id, Token));
    }

    [Fact]
    public async Task ARowWhoseTypeColumnWasChangedByHand_IsRefusedAtItsPosition()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = Database.NewContext();
        await world.Store(context).SaveAsync(intervention, Token);
        await context.Events.Where(e => e.InterventionId == intervention.Id && e.Position == 2).ExecuteUpdateAsync(s => s.SetProperty(e => e.Type, "IntakeCompleted"), Token);

        var refusal = await Assert.ThrowsAsync<StoredEventException>(() => world.Store(context).FindAsync(intervention.Id, Token));

        Assert.Equal((2, "$.$type"), (refusal.Position, refusal.JsonPath));
    }

    [Fact]
    public async Task AHistoryMadeInconsistentByHand_IsRefusedAtTheFirstEventItCannotTake()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        world.RecordSession(intervention);
        await using var context = Database.NewContext();
        await world.Store(context).SaveAsync(intervention, Token);
        await context.Events.Where(e => e.InterventionId == intervention.Id && e.Position == 1).ExecuteDeleteAsync(Token);

        var gap = await Assert.ThrowsAsync<StoredEventException>(() => world.Store(context).FindAsync(intervention.Id, Token));
        Assert.Equal(1, gap.Position);

        var other = world.InDiagnosis();
        await world.Store(context).SaveAsync(other, Token);
        var row = await context.Events.AsNoTracking().SingleAsync(e => e.InterventionId == other.Id && e.Position == 4, Token);
        var earlier = row.Payload.Replace("\"at\":\"" + InstantText(other.History[3].At), "\"at\":\"" + InstantText(StoreWorld.Start - Duration.FromDays(1)), StringComparison.Ordinal);
        Assert.NotEqual(row.Payload, earlier);
        await context.Events.Where(e => e.InterventionId == other.Id && e.Position == 4).ExecuteUpdateAsync(s => s.SetProperty(e => e.Payload, earlier), Token);

        var backwards = await Assert.ThrowsAsync<StoredEventException>(() => world.Store(context).FindAsync(other.Id, Token));
        Assert.Equal(4, backwards.Position);
        Assert.IsType<InvalidHistoryException>(backwards.InnerException);
    }

    [Fact]
    public async Task TheCaseloadRow_FollowsTheIntervention_InTheSameTransaction()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(intervention, Token);
        var session = SessionId.New();
        intervention.PlanSession(session, new LocalDateTime(2026, 3, 10, 10, 0), "America/Toronto", world.Counsellor);
        await store.SaveAsync(intervention, Token);

        var entry = await store.Caseload.SingleAsync(e => e.InterventionId == intervention.Id, Token);

        Assert.Equal((intervention.ClientId, intervention.CounsellorId, intervention.State), (entry.ClientId, entry.CounsellorId, entry.State));
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 14, 0), entry.NextSessionAt);
        Assert.Equal((intervention.LastChangeAt, intervention.Version), (entry.LastChangeAt, entry.Version));
        Assert.Null(entry.HoldExpectedBy);
    }

    [Fact]
    public async Task TheCaseloadQueries_AnswerTheFirstScreens()
    {
        var world = new StoreWorld();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        var planned = world.InDiagnosis();
        planned.PlanSession(SessionId.New(), new LocalDateTime(2026, 3, 12, 9, 30), "America/Toronto", world.Counsellor);
        var later = world.InDiagnosis();
        later.PlanSession(SessionId.New(), new LocalDateTime(2026, 3, 20, 9, 30), "America/Toronto", world.Counsellor);
        var onHold = Activated(world);
        onHold.PutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(2026, 3, 20), world.Counsellor);
        var onHoldNotDue = Activated(world);
        onHoldNotDue.PutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(2026, 4, 30), world.Counsellor);
        var someoneElses = new StoreWorld().InDiagnosis();
        foreach (var intervention in new[] { planned, later, onHold, onHoldNotDue })
        {
            await store.SaveAsync(intervention, Token);
        }

        await world.Store(context).SaveAsync(someoneElses, Token);
        var week = (Instant.FromUtc(2026, 3, 9, 4, 0), Instant.FromUtc(2026, 3, 16, 4, 0));

        Assert.Equal(4, await store.Caseload.OfCounsellor(world.CounsellorId).CountAsync(Token));
        Assert.Equal(
            new[] { planned.Id, later.Id }.Order(),
            (await store.Caseload.InStage(world.CounsellorId, planned.State).Select(e => e.InterventionId).ToListAsync(Token)).Order());
        Assert.Equal([planned.Id], await store.Caseload.WithSessionDue(world.CounsellorId, week.Item1, week.Item2).Select(e => e.InterventionId).ToListAsync(Token));
        Assert.Equal([onHold.Id], await store.Caseload.OnHoldOverdue(world.CounsellorId, new LocalDate(2026, 3, 25)).Select(e => e.InterventionId).ToListAsync(Token));

        onHold.Resume(world.Counsellor);
        await store.SaveAsync(onHold, Token);
        Assert.Empty(await store.Caseload.OnHoldOverdue(world.CounsellorId, new LocalDate(2026, 3, 25)).ToListAsync(Token));
    }

    [Fact]
    public async Task EachCaseloadQuery_UsesAnIndex()
    {
        var world = new StoreWorld();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        var queries = new[]
        {
            store.Caseload.OfCounsellor(world.CounsellorId),
            store.Caseload.InStage(world.CounsellorId, InterventionState.Active),
            store.Caseload.WithSessionDue(world.CounsellorId, StoreWorld.Start, StoreWorld.Start + Duration.FromDays(7)),
            store.Caseload.OnHoldOverdue(world.CounsellorId, new LocalDate(2026, 3, 25)),
            store.Caseload.Where(e => e.ClientId == world.Client),
        };

        foreach (var query in queries)
        {
            var plan = await QueryPlan.ExplainAsync(context, query, Database.IsPostgres, Token);
            Assert.True(plan.Contains("INDEX", StringComparison.OrdinalIgnoreCase) && !plan.Contains("SCAN CounsellingCaseload\n", StringComparison.Ordinal), plan);
            Assert.Contains("IX_CounsellingCaseload_", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ErasingAClient_RewritesEveryInterventionOfTheClient_AndNoOtherOne()
    {
        var world = new StoreWorld();
        var first = world.InDiagnosis();
        var second = world.InDiagnosis();
        var otherClient = new StoreWorld().InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        foreach (var intervention in new[] { first, second, otherClient })
        {
            await store.SaveAsync(intervention, Token);
        }

        var rewritten = await store.EraseClientAsync(world.Client, Token);

        Assert.Equal(2, rewritten);
        var payloads = await context.Events.AsNoTracking().Select(e => new { e.InterventionId, e.Payload }).ToListAsync(Token);
        Assert.DoesNotContain(payloads, p => (p.InterventionId == first.Id || p.InterventionId == second.Id) && p.Payload.Contains("Karim", StringComparison.Ordinal));
        Assert.Contains(payloads, p => p.InterventionId == otherClient.Id && p.Payload.Contains("Karim", StringComparison.Ordinal));
        var reloaded = (await world.Store(context).FindAsync(first.Id, Token))!;
        Assert.Equal(first.Version, reloaded.Version);
        Assert.Equal(first.History.Select(e => (e.GetType(), e.At)), reloaded.History.Select(e => (e.GetType(), e.At)));
        Assert.Equal(PersonalDataEraser.Tombstone, reloaded.Sessions[0].Outcomes[0].Summary);
    }

    [Fact]
    public async Task ErasingAClient_WithTheDomainsErasure_LeavesNoPersonalText_AndTheSameEvaluation()
    {
        var world = new StoreWorld();
        var active = Activated(world);
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(active, Token);
        var engine = new Counselling.Core.Evaluation.EvaluationEngine(Counselling.Core.Evaluation.BuiltInRubrics.Default);
        var before = engine.Summarize(Counselling.Core.Evaluation.CaseRecordProjection.ToCaseRecord(active), world.Now);

        Assert.Equal(1, await store.EraseClientAsync(world.Client, Token));

        var payloads = await context.Events.AsNoTracking().Where(e => e.InterventionId == active.Id).Select(e => e.Payload).ToListAsync(Token);
        Assert.DoesNotContain(payloads, p => p.Contains("Karim", StringComparison.Ordinal) || p.Contains("Postuler", StringComparison.Ordinal) || p.Contains("candidatures", StringComparison.Ordinal));
        var reloaded = (await world.Store(context).FindAsync(active.Id, Token))!;
        Assert.Equal(active.History.Select(e => (e.GetType(), e.Position, e.At, e.By)), reloaded.History.Select(e => (e.GetType(), e.Position, e.At, e.By)));
        Assert.Equal(before, engine.Summarize(Counselling.Core.Evaluation.CaseRecordProjection.ToCaseRecord(reloaded), world.Now));
        Assert.Equal(InterventionState.Active, reloaded.State);
    }

    [Fact]
    public async Task ErasingAClient_WhenTheRewriteChangesTheHistorysShape_RewritesNothing()
    {
        var world = new StoreWorld();
        var first = world.InDiagnosis();
        var second = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(first, Token);
        await store.SaveAsync(second, Token);
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RewriteClientAsync(
            world.Client,
            history => ++calls == 1 ? PersonalDataEraser.Erase(history) : history.Take(history.Count - 1).ToList(),
            Token));

        Assert.Equal(2, calls);
        var payloads = await context.Events.AsNoTracking().Where(e => e.InterventionId == first.Id || e.InterventionId == second.Id).Select(e => e.Payload).ToListAsync(Token);
        Assert.Equal(2, payloads.Count(p => p.Contains("Karim", StringComparison.Ordinal)));
    }

    private static Intervention Activated(StoreWorld world)
    {
        var intervention = world.InDiagnosis();
        world.Advance(Duration.FromDays(1));
        var session = SessionId.New();
        intervention.RecordSession(session, world.Now, [new SessionOutcome(SessionOutcomeKind.Realisation, "diagnosis")], SessionProgress.Progressed, world.Counsellor);
        world.AssessSituation(intervention);
        intervention.ShareDiagnosis(session, world.Counsellor);

        // Activation needs an objective the client agreed, SMART, with a desired benefit.
        var objective = new Counselling.Core.Objectives.SmartObjective(ObjectiveId.New(), "Postuler à trois formations de technicien du son")
        {
            ByWhom = Actor.Client(world.Client),
            Indicator = new Counselling.Core.Objectives.Indicator("candidatures envoyées", "candidatures", 0, 3),
            Steps = ["Immersion dans un studio partenaire", "Envoyer trois candidatures"],
            Realism = "Formation accessible sans bac.",
            Deadline = world.Now.InUtc().Date.PlusMonths(2),
        };
        intervention.ProposeObjective(objective, world.Counsellor);
        world.Advance(Duration.FromDays(7));
        var agreedAt = SessionId.New();
        intervention.RecordSession(agreedAt, world.Now, [new SessionOutcome(SessionOutcomeKind.Realisation, "objective")], SessionProgress.Progressed, world.Counsellor);
        intervention.AgreeObjective(objective.Id, agreedAt, world.Counsellor);
        intervention.AddDesiredBenefit(new Counselling.Core.Objectives.DesiredBenefit(BenefitId.New(), "Vivre de la musique") { Objectives = [objective.Id] }, world.Counsellor);
        intervention.Activate(world.Counsellor);
        return intervention;
    }

    [Fact]
    public async Task AppendingAtAVersionAboveTheStoredOne_IsAConflict_AndNothingIsStored()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(intervention, Token);
        var stored = intervention.Version;
        world.RecordSession(intervention);
        world.RecordSession(intervention);

        // The host claims one more event is stored than is: the caseload row is not at that version.
        var conflict = await Assert.ThrowsAsync<InterventionConcurrencyException>(() => store.AppendAsync(intervention, stored + 1, Token));

        Assert.Equal((stored + 1, stored), (conflict.ExpectedVersion, conflict.ActualVersion));
        await using var reading = Database.NewContext();
        Assert.Equal(stored, await reading.Events.AsNoTracking().CountAsync(e => e.InterventionId == intervention.Id, Token));
        Assert.Equal(stored, (await reading.Caseload.AsNoTracking().SingleAsync(e => e.InterventionId == intervention.Id, Token)).Version);
    }

    [Fact]
    public async Task Save_WhenTheHostsContextTracksTheCaseloadRow_AppendsAndTheRowFollows()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = Database.NewContext();
        var store = world.Store(context);
        await store.SaveAsync(intervention, Token);
        _ = await context.Caseload.SingleAsync(e => e.InterventionId == intervention.Id, Token);
        world.RecordSession(intervention);

        Assert.Equal(intervention.Version, await store.SaveAsync(intervention, Token));

        await using var reading = Database.NewContext();
        Assert.Equal(intervention.Version, (await reading.Caseload.AsNoTracking().SingleAsync(e => e.InterventionId == intervention.Id, Token)).Version);
        Assert.Empty(context.ChangeTracker.Entries());
    }

    [Fact]
    public async Task InTheHostsTransaction_ASecondWriterGetsTheConflict_AndTheHostsTransactionGoesOn()
    {
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using (var context = Database.NewContext())
        {
            await world.Store(context).SaveAsync(intervention, Token);
        }

        var other = world.InDiagnosis();
        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        var mine = (await world.Store(first).FindAsync(intervention.Id, Token))!;
        var theirs = (await world.Store(second).FindAsync(intervention.Id, Token))!;
        world.RecordSession(mine);
        world.RecordSession(theirs, "a second writer's summary");
        await world.Store(first).SaveAsync(mine, Token);

        await using (var transaction = await second.Database.BeginTransactionAsync(Token))
        {
            var conflict = await Assert.ThrowsAsync<InterventionConcurrencyException>(() => world.Store(second).SaveAsync(theirs, Token));
            Assert.Equal((intervention.Version, intervention.Version + 1), (conflict.ExpectedVersion, conflict.ActualVersion));

            // Only the store's own statements were rolled back: the host's transaction still takes work and commits.
            await world.Store(second).SaveAsync(other, Token);
            await transaction.CommitAsync(Token);
        }

        await using var reading = Database.NewContext();
        StoreAssert.EqualAggregates(mine, (await world.Store(reading).FindAsync(intervention.Id, Token))!);
        StoreAssert.EqualAggregates(other, (await world.Store(reading).FindAsync(other.Id, Token))!);
    }

    [Fact]
    public async Task TheShippedMigrations_HoldTheWholeModel_WithTheCaseloadVersionAsAConcurrencyToken()
    {
        await using var context = Database.NewContext();

        Assert.False(context.Database.HasPendingModelChanges());
        Assert.True(context.Model.FindEntityType(typeof(CaseloadEntry))!.FindProperty(nameof(CaseloadEntry.Version))!.IsConcurrencyToken);
    }

    private static string InstantText(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);
}

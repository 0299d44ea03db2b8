using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>The store's examples of docs/persistence.md, run; registration in dependency injection; a host's own context.</summary>
public sealed class StoreGuideTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AddCounselling_RegistersTheClockZonesCatalogueValidatorsAndAStoreThatWorks()
    {
        var services = new ServiceCollection();
        var connectionString = _database.ConnectionString;

        // guide: register
        services.AddDbContext<CounsellingDbContext>(options => options.UseSqlite(connectionString));
        services.AddCounselling<CounsellingDbContext>(new AgencyClock(SystemClock.Instance, DateTimeZoneProviders.Tzdb, "America/Toronto"));
        // end guide

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(DateTimeZoneProviders.Tzdb, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.Same(MessageCatalog.Default, provider.GetRequiredService<MessageCatalog>());
        Assert.Equal("America/Toronto", provider.GetRequiredService<SmartObjectiveValidator>().Zone.Id);
        Assert.Same(provider.GetRequiredService<CounsellingStoreSettings>(), provider.GetRequiredService<CounsellingStoreSettings>());

        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CounsellingDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
            var store = scope.ServiceProvider.GetRequiredService<InterventionStore>();
            Assert.Same(store, scope.ServiceProvider.GetRequiredService<InterventionStore>());
            await store.SaveAsync(intervention, TestContext.Current.CancellationToken);
        }

        await using var other = provider.CreateAsyncScope();
        var loaded = await other.ServiceProvider.GetRequiredService<InterventionStore>().FindAsync(intervention.Id, TestContext.Current.CancellationToken);
        Assert.Equal(intervention.History, loaded!.History);
    }

    [Fact]
    public void AddCounselling_RefusesAnUnknownAgencyZoneAndMissingArguments()
    {
        var services = new ServiceCollection();

        var unknown = Assert.Throws<ArgumentException>(() => services.AddCounselling(new AgencyClock(SystemClock.Instance, DateTimeZoneProviders.Tzdb, "Mars/Olympus")));
        Assert.True(ArgumentReason.TryGet(unknown, out var reason));
        Assert.Equal("argument.unknown-zone", reason.Code);
        Assert.Throws<ArgumentNullException>(() => services.AddCounselling(null!));
        Assert.Throws<ArgumentNullException>(() => new AgencyClock(null!, DateTimeZoneProviders.Tzdb, "America/Toronto"));
        Assert.Throws<ArgumentNullException>(() => new AgencyClock(SystemClock.Instance, null!, "America/Toronto"));
        Assert.Empty(services);
    }

    [Fact]
    public async Task AHostsOwnContext_HoldsTheStoresTables()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var world = new StoreWorld();
        var intervention = world.InDiagnosis();
        await using var context = new AgencyDbContext(new DbContextOptionsBuilder<AgencyDbContext>().UseSqlite(connection).Options);
        await context.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var store = new InterventionStore(context, world.Settings);

        await store.SaveAsync(intervention, TestContext.Current.CancellationToken);

        Assert.Equal(intervention.History, (await store.FindAsync(intervention.Id, TestContext.Current.CancellationToken))!.History);
        Assert.Equal(1, await context.Caseload.CountAsync(TestContext.Current.CancellationToken));
    }

#pragma warning disable xUnit1051 // The guide's samples read as a host writes them, without the test's cancellation token.
    [Fact]
    public async Task TheConflictLoop_TheCaseloadScreens_AndErasure_RunAsTheGuideShows()
    {
        var world = new StoreWorld();
        IClock clock = world.Clock;
        var agencyZone = DateTimeZoneProviders.Tzdb["America/Toronto"];
        var counsellorId = world.CounsellorId;
        var clientId = world.Client;
        var counsellor = world.Counsellor;
        var opened = world.InDiagnosis();
        opened.PlanSession(SessionId.New(), new LocalDateTime(2026, 3, 4, 10, 0), "America/Toronto", counsellor);
        await using var context = _database.NewContext();
        var store = new InterventionStore(context, world.Settings);
        await store.SaveAsync(opened, TestContext.Current.CancellationToken);
        var id = opened.Id;
        var sessionId = SessionId.New();
        world.Advance(Duration.FromDays(1));
        var heldAt = clock.GetCurrentInstant();
        SessionOutcome[] outcomes = [new(SessionOutcomeKind.Realisation, "three occupations explored")];

        // guide: conflict-loop
        for (var attempt = 1; ; attempt++)
        {
            var intervention = await store.FindAsync(id) ?? throw new KeyNotFoundException("No such intervention.");
            intervention.RecordSession(sessionId, heldAt, outcomes, SessionProgress.Progressed, counsellor);
            try
            {
                await store.SaveAsync(intervention);
                break;
            }
            catch (InterventionConcurrencyException) when (attempt < 3)
            {
                // Another writer was first: nothing was stored. Reload, and apply the action again if still allowed.
            }
        }
        // end guide

        // guide: caseload
        var today = clock.GetCurrentInstant().InZone(agencyZone).Date;
        var monday = today.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var weekStart = monday.AtStartOfDayInZone(agencyZone).ToInstant();
        var weekEnd = monday.PlusWeeks(1).AtStartOfDayInZone(agencyZone).ToInstant();

        var mine = await store.Caseload.OfCounsellor(counsellorId).ToListAsync();
        var inDiagnosis = await store.Caseload.InStage(counsellorId, InterventionState.SharedDiagnosis).ToListAsync();
        var dueThisWeek = await store.Caseload.WithSessionDue(counsellorId, weekStart, weekEnd).ToListAsync();
        var overdue = await store.Caseload.OnHoldOverdue(counsellorId, today).ToListAsync();
        // end guide

        // guide: erasure
        // Every personal text becomes PersonalDataEraser.Tombstone; positions, instants, ids and codes stay.
        int rewritten = await store.EraseClientAsync(clientId);
        // end guide

        Assert.Equal(opened.Version + 1, (await store.FindAsync(id, TestContext.Current.CancellationToken))!.Version);
        Assert.Equal([id], mine.Select(e => e.InterventionId));
        Assert.Equal([id], inDiagnosis.Select(e => e.InterventionId));
        Assert.Equal([id], dueThisWeek.Select(e => e.InterventionId));
        Assert.Empty(overdue);
        Assert.Equal(1, rewritten);
        Assert.All((await store.FindAsync(id, TestContext.Current.CancellationToken))!.Sessions.Where(s => s.Status == SessionStatus.Held), s => Assert.Equal(PersonalDataEraser.Tombstone, s.Outcomes[0].Summary));
    }

#pragma warning restore xUnit1051

    [Theory]
    [InlineData("register")]
    [InlineData("conflict-loop")]
    [InlineData("caseload")]
    [InlineData("erasure")]
    [InlineData("own-context")]
    public void TheGuide_ShowsTheTestedExample(string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.EntityFrameworkCore.Tests/StoreGuideTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/persistence.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        Assert.All(source[start..end].Where(l => l.Trim().Length > 0), line => Assert.Contains(line.Trim(), guide, StringComparison.Ordinal));
    }
}

// guide: own-context
public sealed class AgencyDbContext(DbContextOptions<AgencyDbContext> options) : DbContext(options)
{
    public DbSet<CaseloadEntry> Caseload => Set<CaseloadEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddCounsellingEventStore();   // the tables CounsellingEvents and CounsellingCaseload
        // ... the agency's own entities
    }
}
// end guide

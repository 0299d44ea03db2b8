using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Counselling.Core.Common;
using Counselling.Core.EntityFrameworkCore;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Benchmarks.Store;

/// <summary>
/// The EF Core store beside plain EF Core on the same rows (the baseline), on SQLite in a file and on the local
/// PostgreSQL (COUNSELLING_POSTGRES; eng/postgres.sh start). Append: one action's events, beside the same rows written by
/// hand (the event row and the caseload row at the expected version, one transaction). Load: a 20-event history.
/// Json: reading the 20 payloads alone.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class InterventionStoreBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 14, 0);
    private readonly FakeClock _clock = new(Start);
    private string _sqlitePath = "";
    private CounsellingStoreSettings _settings = null!;
    private CounsellingDbContext _context = null!;
    private InterventionStore _store = null!;
    private Intervention _appended = null!;
    private InterventionId _loadedId;
    private InterventionId _plainId;
    private int _plainPosition;
    private ClientId _plainClient;
    private CounsellorId _plainCounsellor;
    private InterventionId _eventOnlyId;
    private int _eventOnlyPosition;
    private string _plainPayload = "";
    private List<string> _payloads = [];

    [Params("SQLite file", "PostgreSQL")]
    public string Database { get; set; } = "SQLite file";

    [GlobalSetup]
    public void Setup()
    {
        _settings = new CounsellingStoreSettings(new AgencyClock(_clock, DateTimeZoneProviders.Tzdb, "America/Toronto"));
        var options = new DbContextOptionsBuilder<CounsellingDbContext>();
        if (Database == "PostgreSQL")
        {
            var connection = Environment.GetEnvironmentVariable("COUNSELLING_POSTGRES")
                ?? throw new InvalidOperationException("Set COUNSELLING_POSTGRES (eng/postgres.sh start).");
            options.UseNpgsql(new Npgsql.NpgsqlConnectionStringBuilder(connection) { Database = "counselling_benchmarks" }.ConnectionString);
        }
        else
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), "counselling-bench-" + Guid.NewGuid().ToString("N") + ".db");
            options.UseSqlite("Data Source=" + _sqlitePath);
        }

        _context = new CounsellingDbContext(options.Options);
        _context.Database.EnsureDeleted();
        _context.Database.Migrate();
        _store = new InterventionStore(_context, _settings);

        var counsellor = CounsellorId.New();
        var loaded = Open(counsellor);
        while (loaded.Version < 20)
        {
            Record(loaded, counsellor);
        }

        _store.SaveAsync(loaded).GetAwaiter().GetResult();
        _loadedId = loaded.Id;
        _payloads = loaded.History.Select(e => JsonSerializer.Serialize(e, _settings.Json)).ToList();

        _appended = Open(counsellor);
        _store.SaveAsync(_appended).GetAwaiter().GetResult();
        _plainId = InterventionId.New();
        _plainClient = ClientId.New();
        _plainCounsellor = counsellor;
        _eventOnlyId = InterventionId.New();
        _plainPayload = _payloads[3];
        _context.Add(new CaseloadEntry { InterventionId = _plainId, ClientId = _plainClient, CounsellorId = counsellor, State = InterventionState.Intake, LastChangeAt = Start, Version = 0 });
        _context.SaveChanges();
        _context.ChangeTracker.Clear();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Database.EnsureDeleted();
        _context.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// The same rows as the store writes for one action, by hand: the event row, and the caseload row updated at the
    /// version expected (a concurrency token), in one <c>SaveChanges</c> (one transaction).
    /// </summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Append one action")]
    public async Task<int> PlainEfInsert()
    {
        _plainPosition++;
        _context.Add(new StoredEvent { InterventionId = _plainId, Position = _plainPosition, Type = "SessionRecorded", At = Start, ActorKind = ActorKind.Counsellor, Payload = _plainPayload });
        var caseload = _context.Attach(new CaseloadEntry
        {
            InterventionId = _plainId, ClientId = _plainClient, CounsellorId = _plainCounsellor, State = InterventionState.Intake, LastChangeAt = Start, Version = _plainPosition,
        });
        caseload.State = EntityState.Modified;
        caseload.Property(e => e.Version).OriginalValue = _plainPosition - 1;
        var written = await _context.SaveChangesAsync();
        _context.ChangeTracker.Clear();
        return written;
    }

    /// <summary>The event row alone, with no read model and no version check (the baseline of the runs before 26 November, 09:00 UTC).</summary>
    [Benchmark]
    [BenchmarkCategory("Append one action")]
    public async Task<int> PlainEfInsertEventOnly()
    {
        _eventOnlyPosition++;
        _context.Add(new StoredEvent { InterventionId = _eventOnlyId, Position = _eventOnlyPosition, Type = "SessionRecorded", At = Start, ActorKind = ActorKind.Counsellor, Payload = _plainPayload });
        var written = await _context.SaveChangesAsync();
        _context.ChangeTracker.Clear();
        return written;
    }

    [Benchmark]
    [BenchmarkCategory("Append one action")]
    public Task<int> StoreSave()
    {
        Record(_appended, _appended.CounsellorId);
        return _store.SaveAsync(_appended);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load 20 events")]
    public Task<List<StoredEvent>> PlainEfSelect()
        => _context.Set<StoredEvent>().AsNoTracking().Where(e => e.InterventionId == _loadedId).OrderBy(e => e.Position).ToListAsync();

    [Benchmark]
    [BenchmarkCategory("Load 20 events")]
    public Task<Intervention?> StoreFind() => _store.FindAsync(_loadedId);

    [Benchmark]
    [BenchmarkCategory("Load 20 events")]
    public int JsonOnly20Events()
    {
        var count = 0;
        foreach (var payload in _payloads)
        {
            // As the store reads a payload (JsonSerializer.Deserialize<InterventionEvent>'s result, the written form read straight).
            count += _settings.ReadEvent(payload) is null ? 0 : 1;
        }

        return count;
    }

    private Intervention Open(CounsellorId counsellor)
    {
        var intervention = Intervention.Open(new AgencyClock(_clock, DateTimeZoneProviders.Tzdb, "America/Toronto"), InterventionId.New(), ClientId.New(), counsellor, new ProgrammeSettings("PLAN-B", Period.FromMonths(6)), Actor.Counsellor(counsellor));
        intervention.StartIntake(Actor.Counsellor(counsellor));
        return intervention;
    }

    private void Record(Intervention intervention, CounsellorId counsellor)
    {
        _clock.Advance(Duration.FromMinutes(1));
        intervention.RecordSession(
            SessionId.New(), _clock.GetCurrentInstant(), [new SessionOutcome(SessionOutcomeKind.Realisation, "three occupations explored")],
            SessionProgress.Progressed, Actor.Counsellor(counsellor));
    }
}

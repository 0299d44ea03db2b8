using System;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>SQLite in memory: one connection, kept open for every case of a property run, migrated once.</summary>
public sealed class InMemorySqlite : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<CounsellingDbContext> _options;

    public InMemorySqlite()
    {
        _connection.Open();
        _options = new DbContextOptionsBuilder<CounsellingDbContext>().UseSqlite(_connection).Options;
        using var context = NewContext();
        context.Database.Migrate();
    }

    public CounsellingDbContext NewContext() => new(_options);

    /// <summary>Settings shared by every case (building JSON options per case would dominate its cost).</summary>
    public CounsellingStoreSettings Settings { get; } = new(new Counselling.Core.Common.AgencyClock(new NodaTime.Testing.FakeClock(StoreWorld.Start), NodaTime.DateTimeZoneProviders.Tzdb, "America/Toronto"));

    public void Dispose() => _connection.Dispose();
}

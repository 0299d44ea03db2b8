using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>SQLite in a file of its own (real concurrent connections), created by the shipped migrations.</summary>
public sealed class SqliteDatabase : StoreDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "counselling-store-" + Guid.NewGuid().ToString("N") + ".db");

    public override bool IsPostgres => false;

    public string ConnectionString => "Data Source=" + _path;

    protected override DbContextOptions<CounsellingDbContext> Options()
        => new DbContextOptionsBuilder<CounsellingDbContext>().UseSqlite(ConnectionString).Options;

    protected override void Drop()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

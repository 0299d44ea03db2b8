using System;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>
/// PostgreSQL named by COUNSELLING_POSTGRES (eng/postgres.sh start prints it): a database of its own for the run, created
/// by the shipped migrations and dropped at the end. Unset, the tests are skipped; with COUNSELLING_REQUIRE_POSTGRES=1
/// (CI) an unset or unreachable database fails them.
/// </summary>
public sealed class PostgresDatabase : StoreDatabase
{
    public const string Variable = "COUNSELLING_POSTGRES";

    public const string RequireVariable = "COUNSELLING_REQUIRE_POSTGRES";

    private readonly string? _connectionString;

    public PostgresDatabase()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            builder.Database = (builder.Database ?? "counselling_tests") + "_" + Guid.NewGuid().ToString("N")[..12];
            _connectionString = builder.ConnectionString;
        }
    }

    public override bool IsPostgres => true;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException(Variable + " is unset.");

    private static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    protected override DbContextOptions<CounsellingDbContext> Options()
        => new DbContextOptionsBuilder<CounsellingDbContext>().UseNpgsql(ConnectionString).Options;

    protected override string? Prepare()
    {
        if (_connectionString is null)
        {
            return "PostgreSQL is not configured: run `eval \"$(eng/postgres.sh start | tail -n 1)\"` to start a local one and set "
                + Variable + ", then run the tests again.";
        }

        try
        {
            return base.Prepare();
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or InvalidOperationException)
        {
            return "PostgreSQL named by " + Variable + " is unreachable (" + unreachable.GetType().Name + ": " + unreachable.Message
                + "). Start it with eng/postgres.sh start.";
        }
    }

    protected override void Skip(string reason)
    {
        if (Required)
        {
            Assert.Fail(RequireVariable + "=1 and " + reason);
        }

        if (_connectionString is not null)
        {
            // Configured but unreachable: a broken configuration is a failure, not a skip.
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    protected override void Drop()
    {
        using var context = new CounsellingDbContext(Options());
        NpgsqlConnection.ClearAllPools();
        context.Database.EnsureDeleted();
    }
}

using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>The store's contract on PostgreSQL (skipped unless COUNSELLING_POSTGRES names one; see eng/postgres.sh).</summary>
public sealed class PostgresStoreTests(PostgresDatabase database) : StoreContract(database), IClassFixture<PostgresDatabase>;

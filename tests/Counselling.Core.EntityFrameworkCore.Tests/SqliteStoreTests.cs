using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>The store's contract on SQLite, in a file (the embedded default).</summary>
public sealed class SqliteStoreTests(SqliteDatabase database) : StoreContract(database), IClassFixture<SqliteDatabase>;

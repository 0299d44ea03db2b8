using System;
using Microsoft.EntityFrameworkCore;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// The package's own context: only the event store's tables, with the migrations shipped in this package. Hosts that
/// have their own <see cref="DbContext"/> call <see cref="CounsellingModelBuilderExtensions.AddCounsellingEventStore"/>
/// in it instead.
/// </summary>
public sealed class CounsellingDbContext : DbContext
{
    /// <summary>Initializes a new context.</summary>
    /// <param name="options">The options, naming the provider (SQLite or PostgreSQL) and the connection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public CounsellingDbContext(DbContextOptions<CounsellingDbContext> options)
        : base(options ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Gets the events of every intervention.</summary>
    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    /// <summary>Gets the caseload read model.</summary>
    public DbSet<CaseloadEntry> Caseload => Set<CaseloadEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddCounsellingEventStore();
}

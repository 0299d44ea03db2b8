using System;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>Adds the event store's tables to a host's own <see cref="DbContext"/> model.</summary>
public static class CounsellingModelBuilderExtensions
{
    /// <summary>The table of events: one row per event, keyed by intervention and position.</summary>
    public const string EventsTable = "CounsellingEvents";

    /// <summary>The table of the caseload read model: one row per intervention.</summary>
    public const string CaseloadTable = "CounsellingCaseload";

    private static readonly ValueConverter<Instant, DateTime> InstantColumn = new(
        instant => instant.ToDateTimeUtc(),
        value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));

    private static readonly ValueConverter<LocalDate, DateOnly> DateColumn = new(
        date => date.ToDateOnly(),
        value => LocalDate.FromDateOnly(value));

    /// <summary>
    /// Adds the tables of the event store (<see cref="StoredEvent"/> in <see cref="EventsTable"/>,
    /// <see cref="CaseloadEntry"/> in <see cref="CaseloadTable"/>) with their keys and indexes. Call it from
    /// <c>OnModelCreating</c>, then add a migration in the host's own migrations.
    /// </summary>
    /// <param name="modelBuilder">The host's model builder.</param>
    /// <returns><paramref name="modelBuilder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is <see langword="null"/>.</exception>
    public static ModelBuilder AddCounsellingEventStore(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<StoredEvent>(events =>
        {
            events.ToTable(EventsTable);
            events.HasKey(e => new { e.InterventionId, e.Position });
            events.Property(e => e.InterventionId).HasConversion(id => id.Value, value => new InterventionId(value));
            events.Property(e => e.Position).ValueGeneratedNever();
            events.Property(e => e.Type).IsRequired().HasMaxLength(100);
            events.Property(e => e.At).HasConversion(InstantColumn);
            events.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(20);
            events.Property(e => e.Payload).IsRequired();
        });

        modelBuilder.Entity<CaseloadEntry>(caseload =>
        {
            caseload.ToTable(CaseloadTable);
            caseload.HasKey(e => e.InterventionId);
            caseload.Property(e => e.InterventionId).HasConversion(id => id.Value, value => new InterventionId(value)).ValueGeneratedNever();
            caseload.Property(e => e.ClientId).HasConversion(id => id.Value, value => new ClientId(value));
            caseload.Property(e => e.CounsellorId).HasConversion(id => id.Value, value => new CounsellorId(value));
            caseload.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
            caseload.Property(e => e.HoldExpectedBy).HasConversion(DateColumn);
            caseload.Property(e => e.NextSessionAt).HasConversion(InstantColumn);
            caseload.Property(e => e.LastChangeAt).HasConversion(InstantColumn);
            // The stream's version: an append updates the row only at the version it expects (optimistic concurrency).
            caseload.Property(e => e.Version).IsConcurrencyToken();
            caseload.HasIndex(e => e.ClientId);
            caseload.HasIndex(e => new { e.CounsellorId, e.State });
            caseload.HasIndex(e => new { e.CounsellorId, e.NextSessionAt });
            caseload.HasIndex(e => new { e.CounsellorId, e.HoldExpectedBy });
        });

        return modelBuilder;
    }
}

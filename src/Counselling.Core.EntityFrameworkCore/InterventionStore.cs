using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Json;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// Stores interventions as streams of events in a <see cref="DbContext"/> whose model has the store's tables
/// (<see cref="CounsellingDbContext"/>, or a host's context calling
/// <see cref="CounsellingModelBuilderExtensions.AddCounsellingEventStore"/>), and keeps the caseload read model in the
/// same transaction.
/// </summary>
/// <remarks>
/// <para>Appending is atomic and optimistic: the events new since the intervention was loaded are stored, with its
/// caseload row, only if no other writer stored events in between; otherwise
/// <see cref="InterventionConcurrencyException"/> is thrown and nothing of the batch is stored.</para>
/// <para>The intervention itself carries the version it was loaded at (<see cref="Intervention.LoadedVersion"/>) and the
/// events recorded since (<see cref="Intervention.UncommittedEvents"/>); a successful append marks them committed. Use
/// one store per unit of work (a scope in dependency injection), like its <see cref="DbContext"/>, which is not thread-safe. When the host already opened a
/// transaction on the context, the store works inside it and leaves the commit to the host (roll it back on an exception).</para>
/// </remarks>
public sealed class InterventionStore
{
    private readonly DbContext _context;
    private readonly CounsellingStoreSettings _settings;

    /// <summary>Initializes a new store over a context.</summary>
    /// <param name="context">A context whose model has the store's tables.</param>
    /// <param name="settings">The shared settings (clock, zones, JSON options).</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="settings"/> is <see langword="null"/>.</exception>
    public InterventionStore(DbContext context, CounsellingStoreSettings settings)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <summary>Gets the caseload read model, untracked, to query with <see cref="CaseloadQueries"/>.</summary>
    public IQueryable<CaseloadEntry> Caseload => _context.Set<CaseloadEntry>().AsNoTracking();

    private DbSet<StoredEvent> Events => _context.Set<StoredEvent>();

    /// <summary>Loads an intervention and rebuilds it from its stored history.</summary>
    /// <param name="id">The intervention.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The intervention, or <see langword="null"/> when nothing is stored for it.</returns>
    /// <exception cref="StoredEventException">A stored event cannot be read back or the history is inconsistent.</exception>
    public async Task<Intervention?> FindAsync(InterventionId id, CancellationToken cancellationToken = default)
    {
        var rows = await StreamAsync(id, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        return Rebuild(id, rows);
    }

    /// <summary>Appends the events the intervention recorded since this store loaded it (all of them for a new one).</summary>
    /// <param name="intervention">An intervention loaded by this store, or opened and never saved.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The version now stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/> is <see langword="null"/>.</exception>
    /// <exception cref="InterventionConcurrencyException">Another writer stored events since it was loaded: nothing was stored.</exception>
    public Task<int> SaveAsync(Intervention intervention, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        return AppendCoreAsync(intervention, intervention.LoadedVersion, intervention.UncommittedEvents, cancellationToken);
    }

    /// <summary>
    /// Appends the events the intervention recorded after <paramref name="expectedVersion"/>, for hosts that carry the
    /// version themselves (an HTML form or an HTTP <c>ETag</c> between loading and saving).
    /// </summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="expectedVersion">The version it was loaded at: the number of events the host expects stored.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The version now stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative or above the intervention's version.</exception>
    /// <exception cref="InterventionConcurrencyException">The stored version is not <paramref name="expectedVersion"/>: nothing was stored.</exception>
    public async Task<int> AppendAsync(Intervention intervention, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(expectedVersion, intervention.Version);
        var changes = new InterventionEvent[intervention.Version - expectedVersion];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = intervention.History[expectedVersion + i];
        }

        return await AppendCoreAsync(intervention, expectedVersion, changes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores <paramref name="changes"/>, the events after <paramref name="expectedVersion"/>, and marks the intervention committed.</summary>
    private async Task<int> AppendCoreAsync(Intervention intervention, int expectedVersion, IReadOnlyList<InterventionEvent> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return expectedVersion;
        }

        var rows = new List<StoredEvent>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            rows.Add(ToRow(intervention.Id, expectedVersion + i + 1, changes[i]));
        }

        // One SaveChanges: its own transaction, or a savepoint inside the host's.
        var entry = CaseloadProjection.Of(intervention, _settings.Zones);
        await AppendRowsAsync(intervention.Id, expectedVersion, rows, entry, cancellationToken).ConfigureAwait(false);
        intervention.MarkCommitted();
        return intervention.Version;
    }

    /// <summary>
    /// Erases a client's personal data from every stored intervention of the client, in one transaction, with the domain's
    /// erasure (<see cref="PersonalDataEraser"/>): every personal text becomes <see cref="PersonalDataEraser.Tombstone"/>;
    /// positions, instants, identifiers and codes stay, so the figures and evaluations stay the same. Each history is
    /// checked to rebuild before its rows are rewritten.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is rewritten then.</param>
    /// <returns>The number of interventions rewritten.</returns>
    /// <exception cref="StoredEventException">A stored event cannot be read back: nothing was rewritten.</exception>
    public Task<int> EraseClientAsync(ClientId client, CancellationToken cancellationToken = default)
        => RewriteClientAsync(client, static history => PersonalDataEraser.Erase(history), cancellationToken);

    /// <summary>
    /// Rewrites every stored history of a client with a rewrite of the host's own (an erasure that also clears data the
    /// host added, say; the domain's erasure is <see cref="EraseClientAsync(ClientId, CancellationToken)"/>), in one transaction:
    /// each history is loaded, given to <paramref name="rewrite"/>, checked to keep its shape, rebuilt, and its rows rewritten.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="rewrite">
    /// The domain's erasure: given a history, returns the same events with personal free text replaced by a tombstone
    /// (same count, same types, same instants).
    /// </param>
    /// <param name="cancellationToken">Cancels the work; nothing is rewritten then.</param>
    /// <returns>The number of interventions rewritten.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rewrite"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="rewrite"/> changed the history's shape: nothing was rewritten.</exception>
    /// <exception cref="StoredEventException">A stored event cannot be read back: nothing was rewritten.</exception>
    public async Task<int> RewriteClientAsync(
        ClientId client,
        Func<IReadOnlyList<InterventionEvent>, IReadOnlyList<InterventionEvent>> rewrite,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        var count = 0;
        await InTransactionAsync(
            async token =>
            {
                // Touching the caseload rows first locks them: appends to these interventions wait for the erasure.
                await _context.Set<CaseloadEntry>()
                    .Where(e => e.ClientId == client)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Version, e => e.Version), token)
                    .ConfigureAwait(false);
                var ids = await Caseload.Where(e => e.ClientId == client).Select(e => e.InterventionId).ToListAsync(token).ConfigureAwait(false);
                foreach (var id in ids)
                {
                    await EraseAsync(id, rewrite, token).ConfigureAwait(false);
                    count++;
                }
            },
            cancellationToken).ConfigureAwait(false);
        return count;
    }

    private async Task EraseAsync(InterventionId id, Func<IReadOnlyList<InterventionEvent>, IReadOnlyList<InterventionEvent>> rewrite, CancellationToken token)
    {
        var rows = await StreamAsync(id, token).ConfigureAwait(false);
        var history = Rebuild(id, rows).History;
        var rewritten = rewrite(history) ?? throw new InvalidOperationException("The erasure returned no history.");
        if (rewritten.Count != history.Count
            || Enumerable.Range(0, history.Count).Any(i => rewritten[i] is null || rewritten[i].GetType() != history[i].GetType() || rewritten[i].At != history[i].At))
        {
            throw new InvalidOperationException("The erasure must keep the history's shape: the same number of events, of the same types, at the same instants.");
        }

        var rebuilt = Intervention.FromHistory(rewritten, _settings.Agency);
        for (var i = 0; i < rows.Count; i++)
        {
            var stored = ToRow(id, rows[i].Position, rewritten[i]);
            if (stored.Payload != rows[i].Payload || stored.ActorKind != rows[i].ActorKind)
            {
                var position = rows[i].Position;
                await Events.Where(e => e.InterventionId == id && e.Position == position)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Payload, stored.Payload).SetProperty(e => e.ActorKind, stored.ActorKind), token)
                    .ConfigureAwait(false);
            }
        }

        var entry = CaseloadProjection.Of(rebuilt, _settings.Zones);
        await UpdateCaseloadAsync(entry, rebuilt.Version, token).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds the caseload row (a new intervention) or updates it at <paramref name="expectedVersion"/> (its version is a
    /// concurrency token), and the event rows, then writes them with one <c>SaveChanges</c>: one batch of statements in
    /// one transaction (the context's own, or a savepoint in the host's). A caseload row not at the expected version, or
    /// an event position already stored (the unique key), refuses the whole batch.
    /// </summary>
    private async Task AppendRowsAsync(InterventionId id, int expectedVersion, List<StoredEvent> rows, CaseloadEntry entry, CancellationToken token)
    {
        var caseload = _context.Set<CaseloadEntry>();
        if (caseload.Local.FindEntry(id) is { } tracked)
        {
            // A caseload row the host's context tracks (a tracked query) is stale now: the store writes it.
            tracked.State = EntityState.Detached;
        }

        var written = expectedVersion == 0 ? caseload.Add(entry) : caseload.Attach(entry);
        if (expectedVersion != 0)
        {
            written.State = EntityState.Modified;
            written.Property(e => e.InterventionId).IsModified = false;
            written.Property(e => e.ClientId).IsModified = false;
            written.Property(e => e.Version).OriginalValue = expectedVersion;
        }

        Events.AddRange(rows);
        try
        {
            await _context.SaveChangesAsync(token).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            var actual = await StoredVersionAsync(id, token).ConfigureAwait(false);
            if (actual == expectedVersion)
            {
                throw;
            }

            // The caseload row was not at the expected version, or the unique key on (intervention, position) refused
            // the batch: another writer stored these positions.
            throw new InterventionConcurrencyException(id, expectedVersion, actual);
        }
        finally
        {
            foreach (var row in rows)
            {
                _context.Entry(row).State = EntityState.Detached;
            }

            written.State = EntityState.Detached;
        }
    }

    /// <summary>Rewrites the caseload row if it is at <paramref name="atVersion"/>; returns the number of rows changed.</summary>
    private Task<int> UpdateCaseloadAsync(CaseloadEntry entry, int atVersion, CancellationToken token)
        => _context.Set<CaseloadEntry>()
            .Where(e => e.InterventionId == entry.InterventionId && e.Version == atVersion)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.CounsellorId, entry.CounsellorId)
                    .SetProperty(e => e.State, entry.State)
                    .SetProperty(e => e.HoldExpectedBy, entry.HoldExpectedBy)
                    .SetProperty(e => e.NextSessionAt, entry.NextSessionAt)
                    .SetProperty(e => e.LastChangeAt, entry.LastChangeAt)
                    .SetProperty(e => e.Version, entry.Version),
                token);

    private async Task<int> StoredVersionAsync(InterventionId id, CancellationToken token)
        => await Events.Where(e => e.InterventionId == id).MaxAsync(e => (int?)e.Position, token).ConfigureAwait(false) ?? 0;

    private async Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken token)
    {
        if (_context.Database.CurrentTransaction is not null)
        {
            await work(token).ConfigureAwait(false);
            return;
        }

        // On SQLite this begins an IMMEDIATE transaction: writers queue behind each other instead of deadlocking.
        IDbContextTransaction transaction = await _context.Database.BeginTransactionAsync(token).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await work(token).ConfigureAwait(false);
            await transaction.CommitAsync(token).ConfigureAwait(false);
        }
    }

    /// <summary>The stored rows of an intervention's stream, in order, untracked.</summary>
    private async Task<List<StoredEvent>> StreamAsync(InterventionId id, CancellationToken token)
    {
        // Compiled once per model and kept in the shared settings: a load neither translates the query nor looks it up in
        // EF Core's query cache.
        var stream = _settings.StreamQueries.GetOrAdd(_context.Model, static _ => EF.CompileAsyncQuery<DbContext, InterventionId, StoredEvent>(
            (DbContext context, InterventionId id) => context.Set<StoredEvent>().AsNoTracking().Where(e => e.InterventionId == id).OrderBy(e => e.Position)));
        var rows = new List<StoredEvent>();
        await foreach (var row in stream(_context, id).WithCancellation(token).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    private StoredEvent ToRow(InterventionId id, int position, InterventionEvent change) => new()
    {
        InterventionId = id,
        Position = position,
        Type = change.GetType().Name,
        At = change.At,
        ActorKind = change.By.Kind,
        Payload = JsonSerializer.Serialize(change, _settings.Json),
    };

    private Intervention Rebuild(InterventionId id, List<StoredEvent> rows)
    {
        var events = new List<InterventionEvent>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            events.Add(Read(id, i + 1, rows[i]));
        }

        try
        {
            return Intervention.FromHistory(events, _settings.Agency);
        }
        catch (InvalidHistoryException refused)
        {
            throw new StoredEventException(id, refused.Position, null, "the history is refused at this event: " + refused.Message, refused);
        }
        catch (ArgumentException refused)
        {
            // Find the first event the history cannot take (only on failure: the cost does not matter then).
            var position = Enumerable.Range(1, events.Count).First(n => !Accepts(events.Take(n)));
            throw new StoredEventException(id, position, null, "the history is inconsistent at this event (" + (refused.ParamName ?? "a value") + ").", null);
        }
    }

    private bool Accepts(IEnumerable<InterventionEvent> prefix)
    {
        try
        {
            Intervention.FromHistory(prefix, _settings.Agency);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidHistoryException)
        {
            return false;
        }
    }

    private InterventionEvent Read(InterventionId id, int expectedPosition, StoredEvent row)
    {
        if (row.Position != expectedPosition)
        {
            throw new StoredEventException(id, expectedPosition, null, "the positions are not contiguous (an event is missing).", null);
        }

        InterventionEvent? change;
        try
        {
            // As JsonSerializer.Deserialize<InterventionEvent> reads it, an event in the written form read straight.
            change = _settings.ReadEvent(row.Payload);
        }
        catch (JsonException invalid)
        {
            // No inner exception: a reader's error may quote the stored value, and a stored value may be personal text.
            throw new StoredEventException(id, row.Position, CounsellingJson.PathOf(invalid), "the payload is not a valid event.", null);
        }
        catch (NotSupportedException unsupported)
        {
            throw new StoredEventException(id, row.Position, "$", "the payload has no event type discriminator (" + unsupported.GetType().Name + ").", null);
        }

        if (change is null)
        {
            throw new StoredEventException(id, row.Position, "$", "the payload is null.", null);
        }

        if (change.GetType().Name != row.Type)
        {
            throw new StoredEventException(id, row.Position, "$.$type", "the payload's event type differs from the row's type column.", null);
        }

        return change;
    }
}

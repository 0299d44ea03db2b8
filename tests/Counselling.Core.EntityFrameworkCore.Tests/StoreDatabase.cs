using System;
using Microsoft.EntityFrameworkCore;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>A database the store's contract runs on: SQLite in a file or PostgreSQL.</summary>
public abstract class StoreDatabase : IDisposable
{
    private readonly Lazy<string?> _failure;

    protected StoreDatabase() => _failure = new Lazy<string?>(Prepare);

    /// <summary>Skips (or fails, when the database is required) the calling test when the database is not there.</summary>
    public void EnsureAvailable()
    {
        if (_failure.Value is { } failure)
        {
            Skip(failure);
        }
    }

    public CounsellingDbContext NewContext()
    {
        EnsureAvailable();
        return new CounsellingDbContext(Options());
    }

    public abstract bool IsPostgres { get; }

    public void Dispose()
    {
        if (_failure.IsValueCreated && _failure.Value is null)
        {
            Drop();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract DbContextOptions<CounsellingDbContext> Options();

    /// <summary>Creates the schema through the shipped migrations; returns why the database cannot be used, or null.</summary>
    protected virtual string? Prepare()
    {
        using var context = new CounsellingDbContext(Options());
        context.Database.Migrate();
        return null;
    }

    protected virtual void Skip(string reason) => throw new InvalidOperationException(reason);

    protected abstract void Drop();
}

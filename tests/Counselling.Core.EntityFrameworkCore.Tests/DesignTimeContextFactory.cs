using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>
/// Lets `dotnet ef migrations add` build the package's context (this project is its startup project). The migrations it
/// writes are made provider-neutral by eng/ef-migration.sh.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CounsellingDbContext>
{
    public CounsellingDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<CounsellingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

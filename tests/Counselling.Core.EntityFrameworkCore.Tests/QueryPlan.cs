using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>Asks the database how it would run a query (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN).</summary>
internal static class QueryPlan
{
    public static async Task<string> ExplainAsync<T>(DbContext context, IQueryable<T> query, bool postgres, CancellationToken token)
    {
        await context.Database.OpenConnectionAsync(token);
        try
        {
            if (postgres)
            {
                // The test tables are tiny: without this the planner rightly prefers a sequential scan.
                await context.Database.ExecuteSqlRawAsync("SET enable_seqscan = off", token);
            }

            await using var command = query.CreateDbCommand();
            command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            var plan = new StringBuilder();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    plan.Append(reader.GetValue(i)).Append(' ');
                }

                plan.Append('\n');
            }

            return plan.ToString();
        }
        finally
        {
            if (postgres)
            {
                await context.Database.ExecuteSqlRawAsync("RESET enable_seqscan", token);
            }

            await context.Database.CloseConnectionAsync();
        }
    }
}

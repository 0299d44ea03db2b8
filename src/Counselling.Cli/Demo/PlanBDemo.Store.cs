using Counselling.Core.Common;
using Counselling.Core.EntityFrameworkCore;
using Counselling.Core.Interventions;
using Microsoft.EntityFrameworkCore;

namespace Counselling.Cli.Demo;

/// <content>The story stored in a database and read back, as an agency's case-management system would.</content>
internal sealed partial class PlanBDemo
{
    /// <summary>
    /// Stores the story's intervention in a SQLite file (created and migrated if needed), then reads it back through the
    /// validated rebuild and says what came back.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="intervention">The intervention the story played.</param>
    /// <returns>The intervention read back.</returns>
    public Intervention StoreAndReadBack(string path, Intervention intervention)
    {
        var options = new DbContextOptionsBuilder<CounsellingDbContext>().UseSqlite("Data Source=" + path).Options;
        var settings = new CounsellingStoreSettings(new AgencyClock(_clock, _zones, Zone));
        using (var context = new CounsellingDbContext(options))
        {
            context.Database.Migrate();
            new InterventionStore(context, settings).SaveAsync(intervention).GetAwaiter().GetResult();
        }

        using var reading = new CounsellingDbContext(options);
        var back = new InterventionStore(reading, settings).FindAsync(intervention.Id).GetAwaiter().GetResult()
            ?? throw new System.InvalidOperationException("The intervention just stored could not be found.");
        _say.Title("Stored and read back", "Enregistré puis relu");
        _say.Line(
            $"{back.Version} events stored in {path} and read back through the validated rebuild: {back.Sessions.Count} sessions.",
            $"{back.Version} événements enregistrés dans {path} puis relus avec la reconstruction vérifiée : {back.Sessions.Count} entretiens.");
        _say.State(back);
        return back;
    }
}

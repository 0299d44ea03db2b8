namespace Counselling.Cli.Cohorts;

/// <summary>The exit codes of <c>counsel</c>, as <c>counsel --help</c> and docs/research.md list them.</summary>
internal static class ExitCodes
{
    /// <summary>Done; in a lenient run, bad records were skipped and counted on stderr.</summary>
    public const int Ok = 0;

    /// <summary>A bad record in a strict run (its line and field on stderr), or a file that is not a cohort file (a required column missing).</summary>
    public const int BadRecords = 1;

    /// <summary>The command line is wrong: an unknown option, a missing argument, a value out of range.</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read or written (missing, no permission, disk full).</summary>
    public const int Io = 3;

    public const string Help = "Exit codes: 0 done (bad records skipped and counted, unless --strict); 1 a bad record with --strict, or not a cohort file; 2 a usage error; 3 a file that cannot be read or written.";
}

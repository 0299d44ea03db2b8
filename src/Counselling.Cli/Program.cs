using System.CommandLine;

namespace Counselling.Cli;

/// <summary>The <c>counsel</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Counselling.Core: career-guidance interventions, explained.");
        return root.Parse(args).Invoke();
    }
}

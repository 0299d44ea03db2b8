using System.IO;
using Counselling.Cli;

namespace Counselling.Core.Tests.Cli;

/// <summary>Runs the <c>counsel</c> command in the test's process, as a researcher types it, and gives back what it said.</summary>
internal static class Counsel
{
    /// <summary>The header of a small cohort file written by hand: the required columns and every evidence column.</summary>
    public const string Header = "case_id,programme,opened_on,closed_on,closure_reason,sessions_planned,sessions_held,sessions_with_outcome,actions_agreed,actions_done,decision_on,employment_or_training_on,satisfaction,would_recommend,autonomy_intake,autonomy_closure\n";

    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a file in a folder and gives its path.</summary>
    public static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

using System;
using System.IO;

namespace Counselling.Core.Tests;

/// <summary>Finds files of the repository from the test's output folder, for tests that pin generated docs.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Counselling.Core.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (Counselling.Core.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Compares a generated document with the committed one. With UPDATE_DOCS=1 in the environment it writes the
    /// generated one instead, so `UPDATE_DOCS=1 dotnet test` regenerates every pinned doc.
    /// </summary>
    public static void AssertMatches(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Xunit.Assert.True(
            committed == generated.ReplaceLineEndings("\n"),
            $"{relative} has drifted from the code. Regenerate it with: UPDATE_DOCS=1 dotnet test Counselling.Core.sln, then review the diff.");
    }
}

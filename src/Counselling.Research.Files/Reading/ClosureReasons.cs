using System;
using Counselling.Core.Evidence;

namespace Counselling.Research.Files.Reading;

/// <summary>The closure reasons in the kebab case of the file layout.</summary>
internal static class ClosureReasons
{
    private static readonly string[] Names = ["", "objectives-met", "client-autonomous", "referred-elsewhere", "dropped-out", "moved-away", "other", "one-off-advice"];

    public static string Name(ClosureReason reason) => Names[(int)reason];

    public static bool TryParse(ReadOnlySpan<char> text, out ClosureReason reason)
    {
        // Only a name of the same length can match: most names are told apart by their length, without comparing any text.
        for (var i = 1; i < Names.Length; i++)
        {
            if (text.Length == Names[i].Length && text.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                reason = (ClosureReason)i;
                return true;
            }
        }

        reason = default;
        return false;
    }
}

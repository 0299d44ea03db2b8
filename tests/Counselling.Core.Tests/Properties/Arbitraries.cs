using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Counselling.Core.Tests.Properties;

/// <summary>The generators of the property tests, kept together.</summary>
public static class Arbitraries
{
    public static Arbitrary<LifecycleCommand[]> Commands()
    {
        var command =
            from kind in Gen.Choose(0, LifecycleProperties.KindCount - 1)
            from a in Gen.Choose(0, 6)
            from b in Gen.Choose(0, 3)
            from clock in Gen.Frequency((20, Gen.Choose(0, 3 * 24 * 60)), (1, Gen.Choose(-120, -1)), (3, Gen.Constant(0)))
            select new LifecycleCommand(kind, a, b, clock);
        var commands = from length in Gen.Choose(0, 40) from items in command.ArrayOf(length) select items;
        return Arb.From(commands, Shrink);
    }

    private static IEnumerable<LifecycleCommand[]> Shrink(LifecycleCommand[] commands)
    {
        if (commands.Length > 1)
        {
            yield return commands[..(commands.Length / 2)];
        }

        for (var i = commands.Length - 1; i >= 0; i--)
        {
            yield return commands.Where((_, j) => j != i).ToArray();
        }
    }
}

using System.Collections.Generic;
using System.Linq;

using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>One letter of a SMART reading: whether it holds and, if not, every failure.</summary>
public sealed class SmartLetterResult
{
    private static readonly SmartLetterResult[] Holding =
    [
        new(SmartLetter.Specific, []),
        new(SmartLetter.Measurable, []),
        new(SmartLetter.Achievable, []),
        new(SmartLetter.Realistic, []),
        new(SmartLetter.TimeBound, []),
    ];

    private SmartLetterResult(SmartLetter letter, IReadOnlyList<SmartFailure> failures)
    {
        Letter = letter;
        Failures = failures;
    }

    /// <summary>Gets the letter.</summary>
    public SmartLetter Letter { get; }

    /// <summary>Gets a value indicating whether the letter holds: no failure.</summary>
    public bool Holds => Failures.Count == 0;

    /// <summary>Gets the failures of this letter, in the order the rules run.</summary>
    public IReadOnlyList<SmartFailure> Failures { get; }

    /// <summary>Gets the failures as reasons.</summary>
    public IEnumerable<Reason> Reasons => Failures.Select(f => f.Reason);

    /// <summary>Returns the letter and whether it holds.</summary>
    /// <returns>Such as <c>Measurable: fails (objective.m.no-target)</c>.</returns>
    public override string ToString() => Letter + (Holds ? ": holds" : ": fails (" + string.Join(", ", Failures) + ")");

    internal static SmartLetterResult Of(SmartLetter letter, IReadOnlyList<SmartFailure>? failures)
        => failures is null || failures.Count == 0 ? Holding[(int)letter] : new SmartLetterResult(letter, failures);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>
/// A SMART objective read letter by letter: for each of S, M, A, R and T whether it holds and why not.
/// </summary>
public sealed class SmartValidationResult
{
    private static readonly SmartLetter[] Order =
        [SmartLetter.Specific, SmartLetter.Measurable, SmartLetter.Achievable, SmartLetter.Realistic, SmartLetter.TimeBound];

    private readonly SmartLetterResult[] _letters;

    private SmartValidationResult(ObjectiveId objective, SmartLetterResult[] letters, IReadOnlyList<SmartFailure> failures)
    {
        Objective = objective;
        _letters = letters;
        Failures = failures;
    }

    /// <summary>Gets the objective read.</summary>
    public ObjectiveId Objective { get; }

    /// <summary>Gets a value indicating whether every letter holds.</summary>
    public bool IsValid => Failures.Count == 0;

    /// <summary>Gets the five letters, in the order S, M, A, R, T.</summary>
    public IReadOnlyList<SmartLetterResult> Letters => _letters;

    /// <summary>Gets the letter S.</summary>
    public SmartLetterResult Specific => _letters[(int)SmartLetter.Specific];

    /// <summary>Gets the letter M.</summary>
    public SmartLetterResult Measurable => _letters[(int)SmartLetter.Measurable];

    /// <summary>Gets the letter A.</summary>
    public SmartLetterResult Achievable => _letters[(int)SmartLetter.Achievable];

    /// <summary>Gets the letter R.</summary>
    public SmartLetterResult Realistic => _letters[(int)SmartLetter.Realistic];

    /// <summary>Gets the letter T.</summary>
    public SmartLetterResult TimeBound => _letters[(int)SmartLetter.TimeBound];

    /// <summary>Gets every failure, letter by letter.</summary>
    public IReadOnlyList<SmartFailure> Failures { get; }

    /// <summary>Gets every failure as a reason, letter by letter, so a UI handles them like refusals.</summary>
    public IEnumerable<Reason> Reasons => Failures.Select(f => f.Reason);

    /// <summary>Gets the letters that fail, in order.</summary>
    public IEnumerable<SmartLetter> FailingLetters => _letters.Where(l => !l.Holds).Select(l => l.Letter);

    /// <summary>Gets one letter.</summary>
    /// <param name="letter">The letter.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="letter"/> is not a member of <see cref="SmartLetter"/>.</exception>
    public SmartLetterResult this[SmartLetter letter] => _letters[(int)Guard.Defined(letter)];

    /// <summary>Returns the objective and each letter, <c>+</c> when it holds and <c>-</c> when it fails.</summary>
    /// <returns>Such as <c>objective:… S+ M- A+ R+ T-</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Objective.ToString());
        foreach (var letter in _letters)
        {
            text.Append(' ').Append("SMART"[(int)letter.Letter]).Append(letter.Holds ? '+' : '-');
        }

        return text.ToString();
    }

    internal static SmartValidationResult From(ObjectiveId objective, IReadOnlyList<SmartFailure> failures)
    {
        var letters = new SmartLetterResult[Order.Length];
        if (failures.Count == 0)
        {
            foreach (var letter in Order)
            {
                letters[(int)letter] = SmartLetterResult.Of(letter, null);
            }

            return new SmartValidationResult(objective, letters, failures);
        }

        var byLetter = new List<SmartFailure>?[Order.Length];
        foreach (var failure in failures)
        {
            (byLetter[(int)failure.Letter] ??= []).Add(failure);
        }

        var ordered = new List<SmartFailure>(failures.Count);
        foreach (var letter in Order)
        {
            letters[(int)letter] = SmartLetterResult.Of(letter, byLetter[(int)letter]);
            if (byLetter[(int)letter] is { } some)
            {
                ordered.AddRange(some);
            }
        }

        return new SmartValidationResult(objective, letters, ordered);
    }
}

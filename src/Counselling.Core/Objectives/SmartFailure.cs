using System;
using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>One SMART rule an objective fails: its letter, its stable code, the part of the objective and the message.</summary>
public sealed class SmartFailure : FieldProblem
{
    internal SmartFailure(SmartLetter letter, string field, string message, Reason reason)
        : base(field, reason, message)
    {
        Letter = letter;
    }

    /// <summary>Gets the letter the rule belongs to.</summary>
    public SmartLetter Letter { get; }

    internal static SmartLetter LetterOf(string code)
    {
        // Every code reads "objective.<letter>.<rule>".
        const int At = 10;
        return code.Length > At ? code[At] switch
        {
            's' => SmartLetter.Specific,
            'm' => SmartLetter.Measurable,
            'a' => SmartLetter.Achievable,
            'r' => SmartLetter.Realistic,
            't' => SmartLetter.TimeBound,
            _ => throw new ArgumentException("Not a SMART code.", nameof(code)),
        }
        : throw new ArgumentException("Not a SMART code.", nameof(code));
    }
}

using System;

using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>One SMART rule an objective fails: its letter, its stable code, the part of the objective and the message.</summary>
public sealed class SmartFailure
{
    internal SmartFailure(SmartLetter letter, string propertyName, string message, Reason reason)
    {
        Letter = letter;
        PropertyName = propertyName;
        Message = message;
        Reason = reason;
    }

    /// <summary>Gets the letter the rule belongs to.</summary>
    public SmartLetter Letter { get; }

    /// <summary>Gets the stable code, one of <see cref="ObjectiveCodes"/>.</summary>
    public string Code => Reason.Code;

    /// <summary>Gets the part of the objective at fault, such as <c>Deadline</c> or <c>Indicator.Target</c>, for a form to highlight.</summary>
    public string PropertyName { get; }

    /// <summary>Gets the message as the validator's <see cref="MessageCatalog"/> wrote it, in the UI culture of the validating thread.</summary>
    public string Message { get; }

    /// <summary>Gets the failure as a <see cref="Common.Reason"/>, to describe in any culture like every refusal.</summary>
    public Reason Reason { get; }

    /// <summary>Returns the code: never the objective's words.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Reason.ToString();

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

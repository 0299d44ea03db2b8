using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>
/// A validated code in one occupation classification, with a canonical text form that <c>Parse</c> reads back.
/// Implemented by <see cref="RomeCode"/>, <see cref="IscoCode"/>, <see cref="OnetSocCode"/>, <see cref="NocCode"/>,
/// <see cref="EscoOccupationUri"/> and <see cref="RiasecCode"/>.
/// </summary>
/// <typeparam name="TSelf">The code type itself.</typeparam>
internal interface IOccupationCode<TSelf>
    where TSelf : struct, IOccupationCode<TSelf>
{
    /// <summary>Gets the classification this code belongs to.</summary>
    static abstract OccupationClassification Classification { get; }

    /// <summary>Gets a value indicating whether this is the default value, which names no occupation.</summary>
    bool IsDefault { get; }

    /// <summary>Reads a code from text: leading and trailing white space are ignored, letters may be in either case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read, or the default value.</param>
    /// <param name="error">Why the text was refused, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the text is a valid code.</returns>
    static abstract bool TryParse(string? text, out TSelf code, out Reason? error);
}

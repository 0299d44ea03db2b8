using System;
using Counselling.Core.Common;

namespace Counselling.Core.Situation;

/// <summary>
/// A named level on an <see cref="AutonomyScale"/>: a stable code (<c>guided</c>), its rank on the scale (higher is more
/// autonomous) and the mode of help that usually goes with it. Its name in French and English is the message
/// <c>autonomy.level.&lt;code&gt;</c>; a host adds its own levels' names with <see cref="MessageCatalog.WithTemplate"/>.
/// </summary>
/// <remarks>The default value has no code and is refused by every public entry point.</remarks>
public readonly record struct AutonomyLevel : IComparable<AutonomyLevel>
{
    /// <summary>Initializes a new level.</summary>
    /// <param name="code">The stable code: lower-case letters, digits and dashes, such as <c>guided</c>.</param>
    /// <param name="rank">The rank on the scale, from 0 (least autonomous).</param>
    /// <param name="usualHelp">The mode of help that usually goes with this level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or holds other characters than lower-case letters, digits and dashes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative or above 100, or <paramref name="usualHelp"/> is undefined.</exception>
    public AutonomyLevel(string code, int rank, HelpMode usualHelp)
    {
        Guard.NotBlank(code);
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                throw new ArgumentException("A level's code has lower-case letters, digits and dashes only.", nameof(code));
            }
        }

        Code = code;
        Rank = Guard.InRange(rank, 0, 100);
        UsualHelp = Guard.Defined(usualHelp);
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the rank on the scale (higher is more autonomous).</summary>
    public int Rank { get; }

    /// <summary>Gets the mode of help that usually goes with this level.</summary>
    public HelpMode UsualHelp { get; }

    /// <summary>Gets a value indicating whether this is the default value, which names no level.</summary>
    public bool IsDefault => Code is null;

    /// <summary>Gets the code of the message that names this level: <c>autonomy.level.&lt;code&gt;</c>.</summary>
    public string NameCode => "autonomy.level." + Code;

    /// <inheritdoc />
    public int CompareTo(AutonomyLevel other) => Rank.CompareTo(other.Rank);

    /// <summary>Returns the code and the rank.</summary>
    /// <returns>The level as text, such as <c>guided(1)</c>.</returns>
    public override string ToString() => IsDefault ? "none" : Code + "(" + Rank + ")";
}

using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// Where a touchpoint falls relative to its anchor, in whole days, weeks or months: "14 days before", "3 months after".
/// The arithmetic is on the local calendar, so a touchpoint at 09:00 stays at 09:00 across a change of the clocks.
/// </summary>
/// <remarks>
/// A touchpoint <see cref="TouchpointPosition.Before"/> its anchor is at least one unit before it: "0 days before"
/// could fall after the anchor on the same day and is refused. The default value is "0 days after" (the anchor's day).
/// </remarks>
public readonly record struct TouchpointOffset
{
    private readonly TouchpointPosition _position;
    private readonly OffsetUnit _unit;

    private TouchpointOffset(TouchpointPosition position, int amount, OffsetUnit unit)
    {
        _position = position;
        Amount = amount;
        _unit = unit;
    }

    /// <summary>Gets whether the touchpoint comes before or after its anchor.</summary>
    public TouchpointPosition Position => _position == 0 ? TouchpointPosition.After : _position;

    /// <summary>Gets how many units from the anchor (not negative).</summary>
    public int Amount { get; }

    /// <summary>Gets the unit.</summary>
    public OffsetUnit Unit => _unit == 0 ? OffsetUnit.Days : _unit;

    /// <summary>Gets a value indicating whether the touchpoint comes before its anchor.</summary>
    public bool IsBefore => Position == TouchpointPosition.Before;

    /// <summary>An offset before the anchor, such as 14 days before a group starts.</summary>
    /// <param name="amount">How many units before; at least 1.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ActionRefusedException"><paramref name="amount"/> is less than 1, which would put the touchpoint on or after its anchor (<c>periservice.before-offset-not-before-anchor</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is undefined, or <paramref name="amount"/> is over 1,200.</exception>
    public static TouchpointOffset Before(int amount, OffsetUnit unit)
    {
        Guard.Defined(unit);
        if (amount < 1)
        {
            throw PeriserviceRefusal.Refuse("DefineRule", PeriserviceRefusal.BeforeOffsetNotBefore, new ReasonArgument("amount", amount));
        }

        return new(TouchpointPosition.Before, Guard.InRange(amount, 1, 1200), unit);
    }

    /// <summary>An offset on or after the anchor, such as 7 days after closure.</summary>
    /// <param name="amount">How many units after; 0 for the anchor's own day.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ActionRefusedException"><paramref name="amount"/> is negative, which would put the touchpoint before its anchor (<c>periservice.after-offset-before-anchor</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is undefined, or <paramref name="amount"/> is over 1,200.</exception>
    public static TouchpointOffset After(int amount, OffsetUnit unit)
    {
        Guard.Defined(unit);
        if (amount < 0)
        {
            throw PeriserviceRefusal.Refuse("DefineRule", PeriserviceRefusal.AfterOffsetBefore, new ReasonArgument("amount", amount));
        }

        return new(TouchpointPosition.After, Guard.InRange(amount, 0, 1200), unit);
    }

    /// <summary>Gets how many whole months after the anchor this offset lies, for a follow-up (3, 6, 12…); 0 when under a month.</summary>
    public int WholeMonths => IsBefore ? 0 : Unit switch
    {
        OffsetUnit.Months => Amount,
        OffsetUnit.Weeks => Amount * 7 / 30,
        _ => Amount / 30,
    };

    /// <summary>Moves a local date by this offset.</summary>
    /// <param name="date">The anchor's local date.</param>
    /// <returns>The touchpoint's local date.</returns>
    public LocalDate Apply(LocalDate date)
    {
        var signed = IsBefore ? -Amount : Amount;
        return Unit switch
        {
            OffsetUnit.Months => date.PlusMonths(signed),
            OffsetUnit.Weeks => date.PlusWeeks(signed),
            _ => date.PlusDays(signed),
        };
    }

    /// <summary>Returns the offset as text, such as <c>-14 Days</c> or <c>+3 Months</c>.</summary>
    /// <returns>The offset as text.</returns>
    public override string ToString() => (IsBefore ? "-" : "+") + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Unit;
}

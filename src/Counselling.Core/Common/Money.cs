using System;
using System.Globalization;

namespace Counselling.Core.Common;

/// <summary>An amount of money with its currency, written in messages with the currency's symbol as the culture places it (<c>1 450,00 €</c>, <c>€1,450.00</c>).</summary>
/// <remarks>The default value is zero with no currency; it is written as a bare number.</remarks>
public readonly record struct Money
{
    /// <summary>Initializes a new amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The ISO 4217 code of the currency, such as <c>EUR</c> or <c>CAD</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three letters A to Z.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Length != 3 || !char.IsAsciiLetterUpper(currency[0]) || !char.IsAsciiLetterUpper(currency[1]) || !char.IsAsciiLetterUpper(currency[2]))
        {
            throw new ArgumentException("A currency is an ISO 4217 code of three capital letters, such as EUR.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 code of the currency; <see langword="null"/> for the default value.</summary>
    public string? Currency { get; }

    /// <summary>Returns the amount and the currency code, such as <c>1450.00 EUR</c>, culture-invariant.</summary>
    /// <returns>The amount as text.</returns>
    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + Currency;
}

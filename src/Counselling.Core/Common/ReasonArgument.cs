using System;

namespace Counselling.Core.Common;

/// <summary>A named value that a <see cref="Reason"/> carries for its message, such as a state, a date or a count.</summary>
/// <remarks>Values are domain values (enums, dates, numbers, codes), formatted for a culture only when a message is written.</remarks>
public readonly record struct ReasonArgument
{
    /// <summary>Initializes a new argument.</summary>
    /// <param name="name">The placeholder name used in message templates, such as <c>state</c>.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public ReasonArgument(string name, object value)
    {
        Name = Guard.NotBlank(name);
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the placeholder name.</summary>
    public string Name { get; }

    /// <summary>Gets the value.</summary>
    public object Value { get; }
}

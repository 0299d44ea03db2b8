using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Counselling.Core.Common;

/// <summary>
/// Why something is so: why an action is refused, why a validation failed, why a criterion has its status.
/// A reason carries a stable <see cref="Code"/> a UI can switch on and the values its message needs;
/// the sentence itself, in French or English, is written at the edge by a <see cref="MessageCatalog"/>.
/// </summary>
public sealed class Reason : IEquatable<Reason>
{
    /// <summary>Initializes a new reason.</summary>
    /// <param name="code">The stable code, such as <c>lifecycle.not-allowed-in-state</c>.</param>
    /// <param name="arguments">The values the message needs.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public Reason(string code, params ReadOnlySpan<ReasonArgument> arguments)
    {
        Code = Guard.NotBlank(code);
        Arguments = [.. arguments];
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the values the message needs, by placeholder name.</summary>
    public ImmutableArray<ReasonArgument> Arguments { get; }

    /// <summary>Gets the value of the argument with the given name.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <returns>The value, or <see langword="null"/> if the reason has no such argument.</returns>
    public object? this[string name]
    {
        get
        {
            foreach (var argument in Arguments)
            {
                if (argument.Name == name)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }

    /// <summary>Writes the message of this reason in the given culture with the built-in catalogue.</summary>
    /// <param name="culture">The culture; French cultures get French, others English.</param>
    /// <returns>The message a counsellor reads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture) => MessageCatalog.Default.Format(this, culture);

    /// <inheritdoc />
    public bool Equals(Reason? other)
        => other is not null && Code == other.Code && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Reason);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code);
        foreach (var argument in Arguments)
        {
            hash.Add(argument);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the code and argument names: never the values, which a UI formats.</summary>
    /// <returns>The code, such as <c>lifecycle.not-allowed-in-state(action, state)</c>.</returns>
    public override string ToString()
        => Arguments.IsEmpty ? Code : Code + "(" + string.Join(", ", Arguments.Select(a => a.Name)) + ")";

    internal static IReadOnlyList<Reason> None { get; } = [];
}

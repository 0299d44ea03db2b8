using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Counselling.Core.Common;

/// <summary>
/// Thrown when a domain rule refuses an action. It carries every reason, each with a stable code and a message in
/// French and English; the aggregate the action was asked of is left exactly as it was.
/// </summary>
public sealed class ActionRefusedException : InvalidOperationException
{
    /// <summary>Initializes a new instance with the action and its reasons.</summary>
    /// <param name="action">The action refused, such as <c>Close</c>.</param>
    /// <param name="reasons">The reasons; at least one. They are copied: changing the list afterwards changes nothing here.</param>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> or <paramref name="reasons"/> is <see langword="null"/>.</exception>
    public ActionRefusedException(string action, IReadOnlyList<Reason> reasons)
        : base(BuildMessage(action, reasons))
    {
        Action = action;
        Reasons = System.Collections.Immutable.ImmutableArray.CreateRange(reasons);
    }

    /// <summary>Initializes a new instance (for serializers and tooling); prefer the constructor with reasons.</summary>
    public ActionRefusedException()
        : this("Unknown", [new Reason("action.refused")])
    {
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with reasons.</summary>
    /// <param name="message">The message.</param>
    public ActionRefusedException(string message)
        : base(message)
    {
        Action = "Unknown";
        Reasons = [new Reason("action.refused")];
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with reasons.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ActionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Action = "Unknown";
        Reasons = [new Reason("action.refused")];
    }

    /// <summary>Gets the name of the action refused.</summary>
    public string Action { get; }

    /// <summary>Gets every reason the action was refused (a read-only copy).</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Gets the codes of the reasons, in order.</summary>
    public IEnumerable<string> Codes => Reasons.Select(r => r.Code);

    /// <summary>Writes every reason in the given culture, one per line.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The reasons as a counsellor reads them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture)
        => string.Join(Environment.NewLine, Reasons.Select(r => r.Describe(culture)));

    private static string BuildMessage(string action, IReadOnlyList<Reason> reasons)
    {
        Guard.NotBlank(action);
        ArgumentNullException.ThrowIfNull(reasons);
        if (reasons.Count == 0)
        {
            throw new ArgumentException("A refusal has at least one reason.", nameof(reasons));
        }

        return action + " refused: " + string.Join(" ", reasons.Select(r => r.Describe(CultureInfo.InvariantCulture)));
    }
}

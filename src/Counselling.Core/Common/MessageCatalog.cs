using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Counselling.Core.Resources;
using NodaTime;

namespace Counselling.Core.Common;

/// <summary>
/// Writes the messages behind <see cref="Reason"/> codes in French or English. Templates name their values in braces
/// (<c>{state}</c>); values are formatted for the culture asked (dates with its short pattern, enums by their own code).
/// A culture falls back to its parent, then to English: fr-FR, fr-CA and fr-BE get French, every other culture English.
/// </summary>
/// <remarks>Immutable and thread-safe. A host re-translates or adds languages with <see cref="WithTemplate"/>.</remarks>
public sealed class MessageCatalog
{
    private const string Fallback = "en";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    private MessageCatalog(FrozenDictionary<string, FrozenDictionary<string, string>> byCulture) => _byCulture = byCulture;

    /// <summary>Gets the built-in catalogue, in English (<c>en</c>) and French (<c>fr</c>).</summary>
    public static MessageCatalog Default { get; } = Build(BuiltInMessages.All);

    /// <summary>Gets the culture names the catalogue has templates for, such as <c>en</c> and <c>fr</c>.</summary>
    public IEnumerable<string> Cultures => _byCulture.Keys;

    /// <summary>Gets every code the catalogue has an English template for.</summary>
    public IEnumerable<string> Codes => _byCulture[Fallback].Keys;

    /// <summary>Returns a catalogue with one template added or replaced.</summary>
    /// <param name="cultureName">The culture name, such as <c>fr</c>, <c>fr-CA</c> or <c>nl</c>.</param>
    /// <param name="code">The code.</param>
    /// <param name="template">The template, with placeholders in braces.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MessageCatalog WithTemplate(string cultureName, string code, string template)
    {
        Guard.NotBlank(cultureName);
        Guard.NotBlank(code);
        Guard.NotBlank(template);
        var copy = _byCulture.ToDictionary(p => p.Key, p => p.Value.ToDictionary(), StringComparer.OrdinalIgnoreCase);
        if (!copy.TryGetValue(cultureName, out var table))
        {
            copy[cultureName] = table = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        table[code] = template;
        return new MessageCatalog(copy.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Finds the template of a code for a culture, falling back to the parent culture, then English.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="template">The template found.</param>
    /// <returns><see langword="true"/> if a template exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public bool TryGetTemplate(string code, CultureInfo culture, out string template)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var table) && table.TryGetValue(code, out template!))
            {
                return true;
            }
        }

        return _byCulture[Fallback].TryGetValue(code, out template!);
    }

    /// <summary>Writes the message of a reason in a culture.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The message; the bare code when no template exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Format(Reason reason, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(culture);
        return TryGetTemplate(reason.Code, culture, out var template) ? Fill(template, reason, culture) : reason.Code;
    }

    /// <summary>Formats one value for a culture as messages do: dates with the culture's short pattern, enums by their translated name.</summary>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The value as text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string FormatValue(object value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(culture);
        return value switch
        {
            string s => s,
            LocalDate date => date.ToString("d", culture),
            LocalDateTime dateTime => dateTime.ToString("g", culture),
            Period period => FormatPeriod(period, culture),
            Enum e => TryGetTemplate(EnumCode(e), culture, out var name) ? name : e.ToString(),
            Reason nested => Format(nested, culture),
            IFormattable f => f.ToString(null, culture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>Gets the code under which the name of an enum member is translated: <c>enum.TypeName.Member</c>.</summary>
    /// <param name="value">The enum value.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string EnumCode(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "enum." + value.GetType().Name + "." + value;
    }

    internal static MessageCatalog Build(IEnumerable<MessageTemplate> templates)
    {
        var en = new Dictionary<string, string>(StringComparer.Ordinal);
        var fr = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in templates)
        {
            if (!en.TryAdd(t.Code, t.English) | !fr.TryAdd(t.Code, t.French))
            {
                throw new InvalidOperationException("Duplicate message code " + t.Code + ".");
            }
        }

        var byCulture = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = en.ToFrozenDictionary(StringComparer.Ordinal),
            ["fr"] = fr.ToFrozenDictionary(StringComparer.Ordinal),
        };
        return new MessageCatalog(byCulture.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private string FormatPeriod(Period period, CultureInfo culture)
    {
        var parts = new List<string>();
        void Add(long amount, string unit)
        {
            if (amount != 0)
            {
                var code = "unit." + unit + (Math.Abs(amount) == 1 ? ".one" : ".other");
                parts.Add(amount.ToString(culture) + " " + (TryGetTemplate(code, culture, out var word) ? word : unit));
            }
        }

        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        Add(period.Hours, "hour");
        return parts.Count == 0 ? "0" : string.Join(" ", parts);
    }

    private string Fill(string template, Reason reason, CultureInfo culture)
    {
        if (reason.Arguments.IsEmpty)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            var value = reason[name];
            builder.Append(value is null ? "{" + name + "}" : FormatValue(value, culture));
            i = close + 1;
        }

        return builder.ToString();
    }
}

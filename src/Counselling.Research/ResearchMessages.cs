using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Counselling.Research.Resources;

namespace Counselling.Research;

/// <summary>
/// The research package's messages in English and French: the text of the disclosure rule, what a suppressed count
/// shows, and the argument errors a screen may show. French for every <c>fr</c> culture (fr-FR, fr-CA, fr-BE…),
/// English for every other.
/// </summary>
/// <remarks>
/// The package keeps its own table (it depends on no other Counselling package). A host that uses
/// Counselling.Core's message catalogue adds these rows to it with
/// <c>foreach (var m in ResearchMessages.All) catalog = catalog.WithTemplate("en", m.Code, m.English).WithTemplate("fr", m.Code, m.French);</c>.
/// Immutable and thread-safe.
/// </remarks>
public static class ResearchMessages
{
    /// <summary>Gets every message, in a stable order.</summary>
    public static IReadOnlyList<ResearchMessage> All => ResearchMessageTable.All;

    /// <summary>Gets the template of a code in a culture: French for any <c>fr</c> culture, English otherwise.</summary>
    /// <param name="code">The code, one of <see cref="ResearchCodes"/>.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The template, with its placeholders in braces.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not a code of this package.</exception>
    public static string Template(string code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(culture);
        var message = ResearchMessageTable.ByCode[code];
        return IsFrench(culture) ? message.French : message.English;
    }

    /// <summary>Writes the message of a code in a culture, its placeholders filled with values formatted for that culture.</summary>
    /// <param name="code">The code, one of <see cref="ResearchCodes"/>.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="arguments">The values, by placeholder name; a placeholder without a value stays in braces.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not a code of this package.</exception>
    public static string Format(string code, CultureInfo culture, params ReadOnlySpan<KeyValuePair<string, object>> arguments)
    {
        var template = Template(code, culture);
        if (arguments.IsEmpty)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var argument in arguments)
            {
                if (name.SequenceEqual(argument.Key))
                {
                    builder.Append(argument.Value is IFormattable f ? f.ToString(null, culture) : argument.Value?.ToString());
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    private static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";
}

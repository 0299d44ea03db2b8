using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Counselling.Core.Resources;
using NodaTime;
using NodaTime.Text;

namespace Counselling.Core.Common;

/// <summary>
/// Writes every message of the library — refusals, SMART failures, evaluation reports, argument errors, history
/// entries — from a stable code (<see cref="Reason"/>) and its values, in the culture asked.
/// </summary>
/// <remarks>
/// <para><b>Cultures.</b> Built in: <c>en</c> (with <c>en-US</c> dates), <c>fr</c> and its regional tables <c>fr-FR</c>,
/// <c>fr-BE</c> and <c>fr-CA</c>, which override only what differs (a Québec counsellor reads <i>rencontre</i>,
/// <i>intervention</i> and <i>obstacle</i> where a French or Belgian one reads <i>entretien</i>,
/// <i>accompagnement</i> and <i>frein</i>). A culture falls back to its parent (fr-CA → fr), then to English.</para>
/// <para><b>Templates</b> use a subset of ICU MessageFormat: <c>{name}</c>;
/// <c>{count, plural, =0 {aucun entretien} one {# entretien prévu} other {# entretiens prévus}}</c> (French puts 0
/// and 1 in <c>one</c>, English only 1); <c>{status, select, Lifted {…} other {…}}</c> on an enum member's name, a
/// string, <c>true</c>/<c>false</c>, or <c>labelled</c>/<c>unlabelled</c> for an identifier. Braces are always syntax.</para>
/// <para><b>Values</b> are written as people write them: dates in words (<c>6 juillet 2026</c>, <c>6 July 2026</c>,
/// <c>July 6, 2026</c> in en-US), times as <c>9 h 30</c> in French, <see cref="Money"/> with its currency, enum
/// members by their translated name (code <c>enum.Type.Member</c>), identifiers by the label an
/// <see cref="IMessageLabels"/> gives, or not at all: an identifier is never printed raw.</para>
/// <para>Immutable and thread-safe. A host re-words or adds languages with <see cref="WithTemplate"/> and
/// <see cref="WithTemplates"/> and passes its catalogue wherever messages are written.</para>
/// </remarks>
public sealed class MessageCatalog
{
    private const string Fallback = "en";

    private readonly FrozenDictionary<string, FrozenDictionary<string, CompiledTemplate>> _byCulture;

    private MessageCatalog(FrozenDictionary<string, FrozenDictionary<string, CompiledTemplate>> byCulture) => _byCulture = byCulture;

    /// <summary>Gets the built-in catalogue: English and French with its regional tables.</summary>
    public static MessageCatalog Default { get; } = Build(BuiltInMessages.All, BuiltInMessages.Regional);

    /// <summary>Gets the culture names the catalogue has templates for, such as <c>en</c>, <c>fr</c> and <c>fr-CA</c>.</summary>
    public IEnumerable<string> Cultures => _byCulture.Keys;

    /// <summary>Gets every code the catalogue has an English template for.</summary>
    public IEnumerable<string> Codes => _byCulture[Fallback].Keys;

    /// <summary>Returns a catalogue with one template added or replaced.</summary>
    /// <param name="cultureName">The culture name, such as <c>fr</c>, <c>fr-CA</c> or <c>nl-BE</c>.</param>
    /// <param name="code">The code.</param>
    /// <param name="template">The template, in the syntax described on <see cref="MessageCatalog"/>.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An argument is blank, or the template is malformed.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MessageCatalog WithTemplate(string cultureName, string code, string template)
    {
        Guard.NotBlank(code);
        Guard.NotBlank(template);
        return WithTemplates(cultureName, [new KeyValuePair<string, string>(code, template)]);
    }

    /// <summary>Returns a catalogue with many templates of one culture added or replaced: a whole language at once.</summary>
    /// <param name="cultureName">The culture name, such as <c>nl</c> or <c>nl-BE</c>.</param>
    /// <param name="templates">The templates by code.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="cultureName"/>, a code or a template is blank, or a template is malformed.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MessageCatalog WithTemplates(string cultureName, IEnumerable<KeyValuePair<string, string>> templates)
    {
        Guard.NotBlank(cultureName);
        ArgumentNullException.ThrowIfNull(templates);
        var copy = _byCulture.ToDictionary(p => p.Key, p => p.Value.ToDictionary(), StringComparer.OrdinalIgnoreCase);
        if (!copy.TryGetValue(cultureName, out var table))
        {
            copy[cultureName] = table = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        }

        foreach (var (code, template) in templates)
        {
            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(template))
            {
                throw new ArgumentException("Codes and templates must not be empty.", nameof(templates));
            }

            table[code] = Compile(code, template, nameof(templates));
        }

        return new MessageCatalog(Freeze(copy));
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
        if (Find(code, culture) is { } found)
        {
            template = found.Text;
            return true;
        }

        template = string.Empty;
        return false;
    }

    /// <summary>Writes the message of a reason in a culture; identifiers it names are left out (see <see cref="Format(Reason, CultureInfo, IMessageLabels?)"/>).</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The message; the bare code when no template exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Format(Reason reason, CultureInfo culture) => Format(reason, culture, null);

    /// <summary>Writes the message of a reason in a culture, naming identifiers by the labels the host gives.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="labels">The host's labels (an objective's title, an action's summary), or <see langword="null"/>.
    /// An identifier without a label is left out of the sentence.</param>
    /// <returns>The message; the bare code when no template exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Format(Reason reason, CultureInfo culture, IMessageLabels? labels)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(culture);
        if (Find(reason.Code, culture) is not { } template)
        {
            return reason.Code;
        }

        // A message that fell back to English is written with English month names and numbers, not half in another language.
        var writer = new Writer(this, SpeaksItsOwnLanguage(culture) ? culture : EnglishCulture, labels, reason);
        writer.Write(template.Nodes, null);
        return writer.ToString();
    }

    /// <summary>Formats one value for a culture as messages do: dates in words, enums by their translated name, identifiers left out.</summary>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The value as text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string FormatValue(object value, CultureInfo culture) => FormatValue(value, culture, null);

    /// <summary>Formats one value for a culture as messages do, naming identifiers by the labels the host gives.</summary>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="labels">The host's labels, or <see langword="null"/>.</param>
    /// <returns>The value as text; an empty string for an identifier without a label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string FormatValue(object value, CultureInfo culture, IMessageLabels? labels)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(culture);
        return value switch
        {
            string s => s,
            IIdentifier id => labels is not null && labels.TryGetLabel(id, culture, out var label) ? Quote(label, culture) : string.Empty,
            LocalDate date => FormatDate(date, culture),
            LocalDateTime dateTime => Pattern("format.date-time", culture).Replace("{date}", FormatDate(dateTime.Date, culture), StringComparison.Ordinal)
                .Replace("{time}", FormatTime(dateTime.TimeOfDay, culture), StringComparison.Ordinal),
            LocalTime time => FormatTime(time, culture),
            Period period => FormatPeriod(period, culture),
            Money money => FormatMoney(money, culture),
            Actor actor => FormatValue(actor.Kind, culture, labels),
            Enum e => TryGetTemplate(EnumCode(e), culture, out var name) ? name : e.ToString(),
            Reason nested => Format(nested, culture, labels),
            IFormattable f => f.ToString(null, culture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>Writes a history entry's name in a culture, such as <c>Entretien enregistré</c> for a <c>SessionRecorded</c> event.</summary>
    /// <param name="historyEvent">The event.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The name; the code (<see cref="EventCode"/>) when the catalogue has no template for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="historyEvent"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public string DescribeEvent(object historyEvent, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(historyEvent);
        return Format(new Reason(EventCode(historyEvent.GetType())), culture);
    }

    /// <summary>Gets the code under which the name of an enum member is translated: <c>enum.TypeName.Member</c>.</summary>
    /// <param name="value">The enum value.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    internal static string EnumCode(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "enum." + value.GetType().Name + "." + value;
    }

    /// <summary>Gets the code under which a history event's name is translated: <c>event.TypeName</c>, such as <c>event.SessionRecorded</c>.</summary>
    /// <param name="eventType">The event's type.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> is <see langword="null"/>.</exception>
    internal static string EventCode(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return "event." + eventType.Name;
    }

    /// <summary>Gets the argument names a template reads, in every branch, for a host to check its translations.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The names, in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The template is malformed.</exception>
    public static IReadOnlyCollection<string> PlaceholdersOf(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return MessageTemplateSyntax.ArgumentNames(MessageTemplateSyntax.Parse(template));
    }

    internal static MessageCatalog Build(IEnumerable<MessageTemplate> templates, IEnumerable<RegionalTemplate> regional)
    {
        var en = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        var fr = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var t in templates)
        {
            if (!en.TryAdd(t.Code, Compile(t.Code, t.English, nameof(templates))) | !fr.TryAdd(t.Code, Compile(t.Code, t.French, nameof(templates))))
            {
                throw new InvalidOperationException("Duplicate message code " + t.Code + ".");
            }
        }

        var byCulture = new Dictionary<string, Dictionary<string, CompiledTemplate>>(StringComparer.OrdinalIgnoreCase) { ["en"] = en, ["fr"] = fr };
        foreach (var r in regional)
        {
            if (!en.ContainsKey(r.Code))
            {
                throw new InvalidOperationException("Regional message " + r.Culture + " " + r.Code + " has no English template.");
            }

            if (!byCulture.TryGetValue(r.Culture, out var table))
            {
                byCulture[r.Culture] = table = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
            }

            if (!table.TryAdd(r.Code, Compile(r.Code, r.Text, nameof(regional))))
            {
                throw new InvalidOperationException("Duplicate regional message " + r.Culture + " " + r.Code + ".");
            }
        }

        return new MessageCatalog(Freeze(byCulture));
    }

    private static FrozenDictionary<string, FrozenDictionary<string, CompiledTemplate>> Freeze(Dictionary<string, Dictionary<string, CompiledTemplate>> tables)
        => tables.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);

    private static CompiledTemplate Compile(string code, string text, string parameter)
    {
        try
        {
            return new CompiledTemplate(text, MessageTemplateSyntax.Parse(text));
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The template of " + code + " is malformed: " + e.Message, parameter, e);
        }
    }

    private static string PluralCategory(decimal n, CultureInfo culture)
        => culture.TwoLetterISOLanguageName switch
        {
            // CLDR: French and Portuguese put 0 and 1 (and 1.5) in "one"; most other languages only 1.
            "fr" or "pt" => Math.Abs(n) < 2 ? "one" : "other",
            _ => n == 1 ? "one" : "other",
        };

    private static decimal? AsNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        decimal d => d,
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 1e15 => (decimal)f,
        _ => null,
    };

    private static string SelectKey(object value) => value switch
    {
        Enum e => e.ToString(),
        bool b => b ? "true" : "false",
        string s => s,
        Actor a => a.Kind.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static CultureInfo EnglishCulture => CultureInfo.GetCultureInfo(Fallback);

    private bool SpeaksItsOwnLanguage(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.ContainsKey(c.Name))
            {
                return true;
            }
        }

        return false;
    }

    private CompiledTemplate? Find(string code, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_byCulture.TryGetValue(c.Name, out var table) && table.TryGetValue(code, out var found))
            {
                return found;
            }
        }

        return _byCulture[Fallback].TryGetValue(code, out var english) ? english : null;
    }

    private string Pattern(string code, CultureInfo culture) => Find(code, culture)?.Text ?? code;

    private string Quote(string label, CultureInfo culture)
        => Pattern("format.label", culture).Replace("{label}", label, StringComparison.Ordinal);

    private string FormatDate(LocalDate date, CultureInfo culture)
    {
        var code = date.Day == 1 && Find("format.date.first-day", culture) is not null ? "format.date.first-day" : "format.date";
        return LocalDatePattern.Create(Pattern(code, culture), culture).Format(date);
    }

    private string FormatTime(LocalTime time, CultureInfo culture)
    {
        var code = time.Minute == 0 ? "format.time.on-the-hour" : "format.time";
        return LocalTimePattern.Create(Pattern(code, culture), culture).Format(time);
    }

    private static string FormatMoney(Money money, CultureInfo culture)
    {
        if (money.Currency is not { } currency)
        {
            return money.Amount.ToString("N2", culture);
        }

        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = currency switch
        {
            "EUR" => "€",
            "GBP" => "£",
            "USD" when culture.Name == "en-US" => "$",
            "CAD" when culture.Name is "fr-CA" or "en-CA" => "$",
            "CHF" => "CHF",
            _ => currency,
        };
        return money.Amount.ToString("C2", format);
    }

    private string FormatPeriod(Period period, CultureInfo culture)
    {
        var parts = new List<string>();
        void Add(long amount, string unit)
        {
            if (amount != 0)
            {
                var code = "unit." + unit + (PluralCategory(amount, culture) == "one" ? ".one" : ".other");
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

    /// <summary>Writes one message: walks the parsed template, choosing plural and select branches.</summary>
    private sealed class Writer(MessageCatalog catalog, CultureInfo culture, IMessageLabels? labels, Reason reason)
    {
        private readonly StringBuilder _text = new(96);
        private bool _leftOut;

        public void Write(ImmutableArray<TemplateNode> nodes, string? number)
        {
            foreach (var node in nodes)
            {
                switch (node.Kind)
                {
                    case TemplateNodeKind.Text:
                        _text.Append(node.Literal);
                        break;
                    case TemplateNodeKind.Number:
                        _text.Append(number);
                        break;
                    case TemplateNodeKind.Argument:
                        WriteArgument(node.Name!);
                        break;
                    case TemplateNodeKind.Plural:
                        WritePlural(node);
                        break;
                    default:
                        WriteSelect(node);
                        break;
                }
            }
        }

        public override string ToString()
        {
            if (!_leftOut)
            {
                return _text.ToString();
            }

            // An identifier without a label was left out: close the gap it leaves.
            var text = _text.ToString();
            while (text.Contains("  ", StringComparison.Ordinal))
            {
                text = text.Replace("  ", " ", StringComparison.Ordinal);
            }

            return text.Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal)
                .Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal).Trim();
        }

        private void WriteArgument(string name)
        {
            if (reason[name] is not { } value)
            {
                _text.Append('{').Append(name).Append('}');
                return;
            }

            var written = catalog.FormatValue(value, culture, labels);
            _leftOut |= written.Length == 0;
            _text.Append(written);
        }

        private void WritePlural(TemplateNode node)
        {
            var value = reason[node.Name!];
            if (AsNumber(value) is not { } n)
            {
                _text.Append('{').Append(node.Name).Append('}');
                return;
            }

            var exact = "=" + n.ToString("0.############", CultureInfo.InvariantCulture);
            var category = PluralCategory(n, culture);
            var chosen = Choose(node.Branches, exact) ?? Choose(node.Branches, category) ?? Choose(node.Branches, "other")!.Value;
            Write(chosen.Nodes, catalog.FormatValue(value!, culture, labels));
        }

        private void WriteSelect(TemplateNode node)
        {
            var value = reason[node.Name!];
            if (value is null)
            {
                _text.Append('{').Append(node.Name).Append('}');
                return;
            }

            var key = value is IIdentifier id
                ? (labels is not null && labels.TryGetLabel(id, culture, out _) ? "labelled" : "unlabelled")
                : SelectKey(value);
            Write((Choose(node.Branches, key) ?? Choose(node.Branches, "other")!.Value).Nodes, null);
        }

        private static TemplateBranch? Choose(ImmutableArray<TemplateBranch> branches, string key)
        {
            foreach (var branch in branches)
            {
                if (branch.Key == key)
                {
                    return branch;
                }
            }

            return null;
        }
    }
}

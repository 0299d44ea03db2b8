using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;
using NodaTime.Text;

namespace Counselling.Cli.Demo;

/// <summary>Prints a story's steps: what happened, the state, the actions allowed now and why the others are not.</summary>
internal sealed class Narrator(TextWriter output, CultureInfo culture)
{
    private readonly MessageCatalog _messages = MessageCatalog.Default;

    public bool French => culture.TwoLetterISOLanguageName == "fr";

    public void Title(string english, string french)
    {
        output.WriteLine(French ? french : english);
        output.WriteLine(new string('=', (French ? french : english).Length));
    }

    public void Step(Instant at, string zoneId, string english, string french)
    {
        var local = at.InZone(NodaTime.DateTimeZoneProviders.Tzdb[zoneId]).LocalDateTime;
        output.WriteLine();
        output.WriteLine($"▶ {LocalDateTimePattern.Create("g", culture).Format(local)} — {(French ? french : english)}");
    }

    public void Line(string english, string french) => output.WriteLine("  " + (French ? french : english));

    public void Refused(ActionRefusedException refusal)
    {
        output.WriteLine("  " + (French ? "✗ refusé :" : "✗ refused:"));
        foreach (var reason in refusal.Reasons)
        {
            output.WriteLine($"      [{reason.Code}] {_messages.Format(reason, culture)}");
        }
    }

    public void Block(string text)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            output.WriteLine("  " + line);
        }
    }

    public void Reason(Reason reason) => output.WriteLine($"      [{reason.Code}] {_messages.Format(reason, culture)}");

    public void State(Intervention intervention)
    {
        output.WriteLine($"  {(French ? "étape :" : "stage:")} {_messages.FormatValue(intervention.State, culture)}");
        var options = intervention.AvailableActions();
        var allowed = options.Where(o => o.Permission.IsAllowed).Select(o => _messages.FormatValue(o.Action, culture));
        Wrapped($"  {(French ? "possible maintenant :" : "allowed now:")} ", allowed.ToList());
        foreach (var option in options.Where(o => !o.Permission.IsAllowed && !OnlyNotInState(o.Permission)))
        {
            output.WriteLine($"  {(French ? "pas encore :" : "not yet:")} {_messages.FormatValue(option.Action, culture)}");
            foreach (var reason in option.Permission.Reasons)
            {
                output.WriteLine($"      [{reason.Code}] {_messages.Format(reason, culture)}");
            }
        }
    }

    private void Wrapped(string head, System.Collections.Generic.List<string> items)
    {
        var line = new System.Text.StringBuilder(head);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] + (i < items.Count - 1 ? "," : string.Empty);
            if (line.Length + item.Length + 1 > 110 && line.Length > head.Length)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear().Append(new string(' ', head.Length));
            }

            line.Append(item).Append(' ');
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    public string Format(object value) => _messages.FormatValue(value, culture);

    private static bool OnlyNotInState(Permission permission)
        => permission.Reasons.All(r => r.Code == "lifecycle.not-allowed-in-state");
}

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Cli.Cohorts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Counselling.Core.Tests.Cli;

/// <summary><c>evaluate</c>'s table drawn without Spectre.Console is the table Spectre draws, character for character, or is left to Spectre.</summary>
public sealed class TerminalTableProperties
{
    /// <summary>Words of every width, runs of spaces and a dagger.</summary>
    private static readonly string[] Words =
    [
        "a", "job-search", "career-choice", "<5", "†", "12,345", "25.0", "%", "(13.3", "to", "42.1", "%)", "suppressed", "all", "cases",
        " ", "  ", "x", "programme", "evaluated", "Counts", "of", "fewer", "than", "people",
        "are", "records", "read,", "skipped.", "site.north", "a_b/c", "",
    ];

    /// <summary>Texts Spectre reads otherwise than as plain characters (an accent, markup, an emoji code, a tab), and a word wider than a column.</summary>
    private static readonly string[] Odd = ["é", "[b]", "a:b", "tab\there", "counsellor-with-a-very-long-code-name-that-does-not-fit"];

    [Property(MaxTest = 1000)]
    public bool Table_AnyPlainTexts_IsDrawnAsSpectreDrawsIt(int draw)
    {
        var random = new Random(draw);
        string Word() => random.Next(200) == 0 ? Odd[random.Next(Odd.Length)] : Words[random.Next(Words.Length)];
        string Text(int words) => string.Concat(Enumerable.Range(0, random.Next(words + 1)).Select(i => (i > 0 && random.Next(4) > 0 ? " " : "") + Word()));
        var columns = random.Next(5) == 0 ? random.Next(1, 9) : 7;
        var headers = columns == 7 ? CohortCommands.TableHeaders : [.. Enumerable.Range(0, columns).Select(_ => Text(4))];
        var right = columns == 7 ? CohortCommands.TableRightAligned : [.. Enumerable.Range(0, columns).Select(_ => random.Next(2) == 0)];
        var wide = random.Next(3) == 0 ? 8 : 3;
        var rows = Enumerable.Range(0, random.Next(6)).Select(_ => Enumerable.Range(0, columns).Select(_ => Text(wide)).ToArray()).ToList();
        var title = Text(random.Next(3) == 0 ? 40 : 8);
        var caption = Text(random.Next(3) == 0 ? 50 : 12);

        var drawn = TerminalTable.TryDraw(title, headers, right, rows, caption);
        using var spectre = new StringWriter(CultureInfo.InvariantCulture);
        CohortCommands.SpectreTable(spectre, title, headers, right, rows, caption);
        return drawn is null || drawn == spectre.ToString();
    }

    [Property(MaxTest = 1000)]
    public Property Table_PlainTexts_AreMostlyDrawnWithoutSpectre(int draw)
    {
        // The table of a run (plain labels and counts) is drawn here: the comparison above is not only ever with null.
        var random = new Random(draw);
        var rows = Enumerable.Range(0, random.Next(1, 6)).Select(_ => new[] { Words[random.Next(4)], "1", "2", "<5 †", "4", "25.0 % (13.3 % to 42.1 %)", "7" }).ToList();
        var drawn = TerminalTable.TryDraw("process-and-impact, as of 2026-06-30, by programme", CohortCommands.TableHeaders, CohortCommands.TableRightAligned, rows, "† Counts of fewer than 5 people are suppressed. 9 records read.");
        using var spectre = new StringWriter(CultureInfo.InvariantCulture);
        CohortCommands.SpectreTable(spectre, "process-and-impact, as of 2026-06-30, by programme", CohortCommands.TableHeaders, CohortCommands.TableRightAligned, rows, "† Counts of fewer than 5 people are suppressed. 9 records read.");
        return (drawn == spectre.ToString()).ToProperty();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// Draws <c>evaluate</c>'s table as Spectre.Console draws it on a 120-column console without colours (rounded border, a
/// centred title and caption, cells padded by one space, words wrapped to fit), for the plain text the table holds: the
/// few lines of a short run then need none of Spectre's rendering code compiled as the command starts. Any text outside
/// that plain case (a character other than printable ASCII or †, a word wider than its column, a table that cannot fit)
/// gets <see langword="null"/>, and the caller has Spectre draw it.
/// </summary>
internal static class TerminalTable
{
    /// <summary>Draws the table, or gets <see langword="null"/> when Spectre must draw it.</summary>
    /// <param name="title">The title, above the table.</param>
    /// <param name="headers">The columns' headers.</param>
    /// <param name="rightAligned">Whether each column is aligned to the right (the others to the left).</param>
    /// <param name="rows">The rows, one text a column.</param>
    /// <param name="caption">The caption, below the table.</param>
    /// <param name="maxWidth">The console's width.</param>
    /// <returns>The table's lines, each ended by '\n'; or <see langword="null"/>.</returns>
    public static string? TryDraw(string title, string[] headers, bool[] rightAligned, IReadOnlyList<string[]> rows, string caption, int maxWidth = 120)
    {
        var columns = headers.Length;
        if (columns == 0 || !IsPlain(title) || !IsPlain(caption) || !headers.All(IsPlain) || !rows.All(r => r.Length == columns && r.All(IsPlain)))
        {
            return null;
        }

        // The widths as Spectre's table measures them: a column's smallest width is its longest word (or run of spaces),
        // its largest its longest text; too wide a table narrows its widest wrappable columns first.
        var nonColumn = (columns - 1) + 2 + (2 * columns);
        var totalCellWidth = maxWidth - nonColumn;
        var widths = new List<int>(columns);
        for (var c = 0; c < columns; c++)
        {
            var width = Math.Min(headers[c].Length, totalCellWidth);
            foreach (var row in rows)
            {
                width = Math.Max(width, Math.Min(row[c].Length, totalCellWidth));
            }

            widths.Add(width);
        }

        if (widths.Sum() > totalCellWidth)
        {
            widths = Collapse(widths, totalCellWidth);
            if (widths.Sum() > totalCellWidth)
            {
                return null;
            }
        }

        if (widths.Any(w => w <= 0))
        {
            return null;
        }

        var tableWidth = widths.Sum() + nonColumn;
        var text = new StringBuilder();
        if (!Annotate(text, title, tableWidth))
        {
            return null;
        }

        Border(text, '╭', '┬', '╮', widths);
        var all = new List<string[]> { headers };
        all.AddRange(rows);
        for (var r = 0; r < all.Count; r++)
        {
            var cells = new List<string>[columns];
            var height = 1;
            for (var c = 0; c < columns; c++)
            {
                if (Wrap(all[r][c], widths[c]) is not { } lines)
                {
                    return null;
                }

                cells[c] = lines;
                height = Math.Max(height, lines.Count);
            }

            for (var line = 0; line < height; line++)
            {
                text.Append('│');
                for (var c = 0; c < columns; c++)
                {
                    var content = line < cells[c].Count ? cells[c][line] : "";
                    var pad = widths[c] - content.Length;
                    text.Append(' ');
                    if (rightAligned[c] && line < cells[c].Count && pad > 0)
                    {
                        text.Append(' ', pad).Append(content);
                    }
                    else
                    {
                        text.Append(content).Append(' ', Math.Max(0, pad));
                    }

                    text.Append(' ').Append('│');
                }

                text.Append('\n');
            }

            if (r == 0 && all.Count > 1)
            {
                Border(text, '├', '┼', '┤', widths);
            }
        }

        Border(text, '╰', '┴', '╯', widths);
        return Annotate(text, caption, tableWidth) ? text.ToString() : null;
    }

    /// <summary>Whether Spectre draws the text one character a column, as words split at spaces: printable ASCII or †, without markup or emoji codes.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!((c >= ' ' && c <= '~' && c is not ('[' or ']' or ':')) || c == '†'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A title or caption: wrapped to the table's width, each line centred (the odd space on the right).</summary>
    private static bool Annotate(StringBuilder text, string annotation, int width)
    {
        if (annotation.Length == 0)
        {
            // An empty text has no line at all in Spectre: only the line break that ends the annotation.
            text.Append('\n');
            return true;
        }

        if (Wrap(annotation, width) is not { } lines)
        {
            return false;
        }

        foreach (var line in lines)
        {
            var left = Math.Max(0, (width - line.Length) / 2);
            var right = Math.Max(0, width - line.Length - left);
            text.Append(' ', left).Append(line).Append(' ', right).Append('\n');
        }

        return true;
    }

    private static void Border(StringBuilder text, char left, char separator, char right, List<int> widths)
    {
        text.Append(left);
        for (var c = 0; c < widths.Count; c++)
        {
            text.Append('─', widths[c] + 2);
            if (c < widths.Count - 1)
            {
                text.Append(separator);
            }
        }

        text.Append(right).Append('\n');
    }

    /// <summary>
    /// Wraps a text as Spectre's paragraph does: words and runs of spaces are placed in turn; one that does not fit
    /// starts a new line, where a run of spaces is dropped. <see langword="null"/> when a word is wider than the width.
    /// </summary>
    private static List<string>? Wrap(string text, int width)
    {
        if (text.Length <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            var space = text[at] == ' ';
            var end = at + 1;
            while (end < text.Length && (text[end] == ' ') == space)
            {
                end++;
            }

            var length = end - at;
            if (length > width)
            {
                return null;
            }

            var newLine = false;
            if (line.Length + length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                newLine = true;
            }

            if (!(newLine && space))
            {
                line.Append(text, at, length);
            }

            at = end;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Narrows the widest columns in turn to the next widest until the table fits (Spectre's port of Rich's).</summary>
    private static List<int> Collapse(List<int> widths, int maxWidth)
    {
        var total = widths.Sum();
        var excess = total - maxWidth;
        while (total != 0 && excess > 0)
        {
            var widest = widths.Max();
            var second = widths.Select(w => w != widest ? w : 1).Max();
            var difference = widest - second;
            var ratios = widths.Select(w => w == widest ? 1 : 0).ToList();
            if (difference == 0)
            {
                break;
            }

            // Spectre's Ratio.Reduce: each widest column gives its share of the excess (integer division), at most the difference.
            var totalRatio = ratios.Sum();
            var remaining = excess;
            var reduced = new List<int>(widths.Count);
            for (var c = 0; c < widths.Count; c++)
            {
                if (ratios[c] != 0 && totalRatio > 0)
                {
                    var given = Math.Min(Math.Min(excess, difference), ratios[c] * remaining / totalRatio);
                    reduced.Add(widths[c] - given);
                    remaining -= given;
                    totalRatio -= ratios[c];
                }
                else
                {
                    reduced.Add(widths[c]);
                }
            }

            widths = reduced;
            total = widths.Sum();
            excess = total - maxWidth;
        }

        return widths;
    }
}

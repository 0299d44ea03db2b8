using System;
using System.Globalization;

namespace Counselling.Research.Disclosure;

/// <summary>
/// The small-cell rule of disclosure control: a count of fewer than <see cref="Threshold"/> people (5 by default,
/// 0 included) is not published, because it could point to people a reader knows. For a table, counts are also
/// suppressed where needed so that no suppressed count can be worked out exactly from a row or column total (see
/// <see cref="Apply(int[,])"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SmallCellRule
{
    /// <summary>Initializes a new rule.</summary>
    /// <param name="threshold">The smallest count that may be published, at least 1; 5 by default.</param>
    /// <exception cref="ResearchArgumentException"><paramref name="threshold"/> is below 1 (code <see cref="ResearchCodes.ThresholdNotPositive"/>).</exception>
    public SmallCellRule(int threshold = 5)
    {
        if (threshold < 1)
        {
            throw new ResearchArgumentException(ResearchCodes.ThresholdNotPositive, nameof(threshold), Check.Arg("threshold", threshold));
        }

        Threshold = threshold;
    }

    /// <summary>Gets the rule with the usual threshold of 5.</summary>
    public static SmallCellRule Default { get; } = new();

    /// <summary>Gets the smallest count that may be published.</summary>
    public int Threshold { get; }

    /// <summary>Applies the rule to one count.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <returns>The count, or "suppressed (fewer than N)".</returns>
    /// <exception cref="ResearchArgumentException"><paramref name="count"/> is negative (code <see cref="ResearchCodes.CountNegative"/>).</exception>
    public DisclosedCount Apply(int count)
    {
        if (count < 0)
        {
            throw new ResearchArgumentException(ResearchCodes.CountNegative, nameof(count));
        }

        return new DisclosedCount(count, count < Threshold ? SuppressionReason.SmallCell : SuppressionReason.None, Threshold);
    }

    /// <summary>
    /// Applies the rule to a table of counts (rows × columns) and to its totals, which the result computes and
    /// publishes: every count, row total, column total or grand total below the threshold is suppressed; then, in every
    /// row and column (the totals' row and column included) whose total is shown, more counts are suppressed until no
    /// suppressed count of that line can be worked out exactly from its total.
    /// </summary>
    /// <param name="counts">The counts, 0 or more, indexed [row, column]; at least one cell.</param>
    /// <returns>The table as it may be published.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ResearchArgumentException">The table has no cell, or a count is negative (see <see cref="ResearchArgumentException.Code"/>).</exception>
    /// <exception cref="OverflowException">A total exceeds <see cref="int.MaxValue"/>.</exception>
    /// <remarks>
    /// <para>
    /// A line is safe when it has no suppressed part, or at least two whose sum (its total minus the parts shown) does
    /// not fix any of them, knowing that a part marked "fewer than N" lies in [0, N − 1] and a part marked as protecting
    /// another is N or more. While a line is not safe, its smallest shown part is suppressed (the earliest on a tie);
    /// when none is left, its total is. This runs until every line is safe, and always ends.
    /// </para>
    /// <para>
    /// It protects each row and column on its own against subtraction. It does not audit every combination of rows and
    /// columns (a reader solving the whole table as a system of equations can sometimes narrow a count further); have
    /// large or linked publications reviewed before release.
    /// </para>
    /// </remarks>
    public DisclosedTable Apply(int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            throw new ResearchArgumentException(ResearchCodes.TableEmpty, nameof(counts));
        }

        // The table with its margins: [r, columns] row totals, [rows, c] column totals, [rows, columns] the grand total.
        var values = new long[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var count = counts[r, c];
                if (count < 0)
                {
                    throw new ResearchArgumentException(ResearchCodes.CellNegative, nameof(counts), Check.Arg("row", r + 1), Check.Arg("column", c + 1));
                }

                values[r, c] = count;
                values[r, columns] += count;
                values[rows, c] += count;
                values[rows, columns] += count;
            }
        }

        var reasons = new SuppressionReason[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                _ = checked((int)values[r, c]);
                reasons[r, c] = values[r, c] < Threshold ? SuppressionReason.SmallCell : SuppressionReason.None;
            }
        }

        new Protector(values, reasons, Threshold).Run();
        return new DisclosedTable(this, values, reasons);
    }

    /// <summary>Writes the rule for a reader, in French for any <c>fr</c> culture: "Counts of fewer than 5 people are suppressed."</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text of the rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture) => ResearchMessages.Format(ResearchCodes.SmallCellRule, culture, Check.Arg("threshold", Threshold));

    /// <summary>The complementary suppression over the lines of a table with its margins.</summary>
    private readonly struct Protector(long[,] values, SuppressionReason[,] reasons, int threshold)
    {
        private readonly int _rows = values.GetLength(0) - 1;
        private readonly int _columns = values.GetLength(1) - 1;

        public void Run()
        {
            bool changed;
            do
            {
                changed = false;
                for (var r = 0; r <= _rows; r++)
                {
                    changed |= Protect(r, isRow: true);
                }

                for (var c = 0; c <= _columns; c++)
                {
                    changed |= Protect(c, isRow: false);
                }
            }
            while (changed);
        }

        /// <summary>Makes one line safe; returns whether anything was suppressed.</summary>
        private bool Protect(int line, bool isRow)
        {
            var length = isRow ? _columns : _rows;
            ref var total = ref Cell(line, length, isRow);
            if (total != SuppressionReason.None)
            {
                return false;
            }

            var changed = false;
            while (!IsSafe(line, isRow, length))
            {
                var smallest = -1;
                for (var i = 0; i < length; i++)
                {
                    if (Cell(line, i, isRow) == SuppressionReason.None && (smallest < 0 || Value(line, i, isRow) < Value(line, smallest, isRow)))
                    {
                        smallest = i;
                    }
                }

                changed = true;
                if (smallest < 0)
                {
                    total = SuppressionReason.Complementary;
                    break;
                }

                Cell(line, smallest, isRow) = SuppressionReason.Complementary;
            }

            return changed;
        }

        private bool IsSafe(int line, bool isRow, int length)
        {
            int small = 0, complementary = 0;
            long hidden = 0;
            for (var i = 0; i < length; i++)
            {
                var reason = Cell(line, i, isRow);
                if (reason != SuppressionReason.None)
                {
                    hidden += Value(line, i, isRow);
                    small += reason == SuppressionReason.SmallCell ? 1 : 0;
                    complementary += reason == SuppressionReason.Complementary ? 1 : 0;
                }
            }

            if (small + complementary == 0)
            {
                return true;
            }

            // The hidden parts sum to `hidden`; each lies in [0, N − 1] or [N, ∞). Unless the sum sits at an end of the
            // range those bounds allow, every part can take more than one value.
            var lowest = (long)threshold * complementary;
            var highest = complementary > 0 ? long.MaxValue : (long)(threshold - 1) * small;
            return small + complementary >= 2 && hidden > lowest && hidden < highest;
        }

        private ref SuppressionReason Cell(int line, int i, bool isRow) => ref isRow ? ref reasons[line, i] : ref reasons[i, line];

        private long Value(int line, int i, bool isRow) => isRow ? values[line, i] : values[i, line];
    }
}

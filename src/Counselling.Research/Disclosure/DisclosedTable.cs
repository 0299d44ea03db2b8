using System;
using System.Globalization;

namespace Counselling.Research.Disclosure;

/// <summary>
/// A table of counts as it may be published, with its row, column and grand totals, as <see cref="SmallCellRule.Apply(int[,])"/>
/// produces it. Suppressed counts keep no trace of their value.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedTable
{
    private readonly DisclosedCount[,] _cells;

    internal DisclosedTable(SmallCellRule rule, long[,] values, SuppressionReason[,] reasons)
    {
        Rule = rule;
        Rows = values.GetLength(0) - 1;
        Columns = values.GetLength(1) - 1;
        _cells = new DisclosedCount[Rows + 1, Columns + 1];
        for (var r = 0; r <= Rows; r++)
        {
            for (var c = 0; c <= Columns; c++)
            {
                _cells[r, c] = new DisclosedCount((int)values[r, c], reasons[r, c], rule.Threshold);
                HasComplementarySuppression |= reasons[r, c] == SuppressionReason.Complementary;
            }
        }
    }

    /// <summary>Gets the rule applied.</summary>
    public SmallCellRule Rule { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns.</summary>
    public int Columns { get; }

    /// <summary>Gets a value indicating whether counts at or above the threshold were suppressed to protect others.</summary>
    public bool HasComplementarySuppression { get; }

    /// <summary>Gets the grand total.</summary>
    public DisclosedCount GrandTotal => _cells[Rows, Columns];

    /// <summary>Gets one count.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The count as it may be published.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside the table.</exception>
    public DisclosedCount this[int row, int column]
    {
        get
        {
            CheckPosition(row, Rows);
            CheckPosition(column, Columns);
            return _cells[row, column];
        }
    }

    /// <summary>Gets the total of a row.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <returns>The total as it may be published.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    public DisclosedCount RowTotal(int row)
    {
        CheckPosition(row, Rows);
        return _cells[row, Columns];
    }

    /// <summary>Gets the total of a column.</summary>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The total as it may be published.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside the table.</exception>
    public DisclosedCount ColumnTotal(int column)
    {
        CheckPosition(column, Columns);
        return _cells[Rows, column];
    }

    /// <summary>Writes the rule to print with the table, in French for any <c>fr</c> culture; it mentions the complementary suppression when there was any.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture)
    {
        var rule = Rule.Describe(culture);
        return HasComplementarySuppression ? rule + " " + ResearchMessages.Format(ResearchCodes.ComplementaryRule, culture) : rule;
    }

    private static void CheckPosition(int position, int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(position))] string? name = null)
    {
        if ((uint)position >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(name, $"The position must lie between 0 and {count - 1}.");
        }
    }
}

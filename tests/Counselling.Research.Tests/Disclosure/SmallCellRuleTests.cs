using System.Globalization;
using Counselling.Research.Disclosure;
using Xunit;

namespace Counselling.Research.Tests.Disclosure;

public sealed class SmallCellRuleTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-CA");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void ACountBelowFive_IsSuppressed(int count)
    {
        var shown = SmallCellRule.Default.Apply(count);

        Assert.True(shown.IsSuppressed);
        Assert.Null(shown.Value);
        Assert.Equal(SuppressionReason.SmallCell, shown.Reason);
        Assert.Equal("suppressed (fewer than 5)", shown.ToString(English));
        Assert.Equal("masqué (moins de 5)", shown.ToString(French));
    }

    [Fact]
    public void ACountOfFive_IsShown()
    {
        var shown = SmallCellRule.Default.Apply(5);

        Assert.False(shown.IsSuppressed);
        Assert.Equal(5, shown.Value);
        Assert.Equal("5", shown.ToString(English));
    }

    [Fact]
    public void TheThreshold_IsConfigurable()
    {
        var rule = new SmallCellRule(10);

        Assert.True(rule.Apply(9).IsSuppressed);
        Assert.False(rule.Apply(10).IsSuppressed);
        Assert.Equal("suppressed (fewer than 10)", rule.Apply(3).ToString());
    }

    [Fact]
    public void TheRule_IsStatedInEnglishAndFrench()
    {
        Assert.Equal("Counts of fewer than 5 people are suppressed.", SmallCellRule.Default.Describe(English));
        Assert.Equal("Les effectifs de moins de 5 personnes sont masqués.", SmallCellRule.Default.Describe(French));
    }

    [Fact]
    public void ASuppressedCount_KeepsNoTraceOfItsValue()
    {
        Assert.Equal(SmallCellRule.Default.Apply(1), SmallCellRule.Default.Apply(3));
        Assert.False(SmallCellRule.Default.Apply(3).TryGetValue(out var value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void ANegativeCount_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => SmallCellRule.Default.Apply(-1));

        Assert.Equal(ResearchCodes.CountNegative, refusal.Code);
    }

    [Fact]
    public void AThresholdBelowOne_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => new SmallCellRule(0));

        Assert.Equal(ResearchCodes.ThresholdNotPositive, refusal.Code);
    }

    [Fact]
    public void Table_OneSmallCellInARow_IsProtectedByTheSmallestOtherCell()
    {
        // Without more, the 3 would be 83 − 40 − 25 − 15 from its row total.
        int[,] counts = { { 3, 40, 25, 15 }, { 12, 30, 20, 18 }, { 14, 22, 31, 9 } };

        var table = SmallCellRule.Default.Apply(counts);

        // Row 0 needs a second hidden count: its smallest, 15. Column 0 then hides 3 alone: add 12. Column 3 hides 15
        // alone: add 9. Rows 1 and 2 now hide one count each: add 18 and 14. Then every line is safe.
        var hidden = new[,]
        {
            { SuppressionReason.SmallCell, SuppressionReason.None, SuppressionReason.None, SuppressionReason.Complementary },
            { SuppressionReason.Complementary, SuppressionReason.None, SuppressionReason.None, SuppressionReason.Complementary },
            { SuppressionReason.Complementary, SuppressionReason.None, SuppressionReason.None, SuppressionReason.Complementary },
        };
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                Assert.Equal(hidden[r, c], table[r, c].Reason);
            }
        }

        Assert.True(table.HasComplementarySuppression);
        Assert.Equal(83, table.RowTotal(0).Value);
        Assert.Equal(42, table.ColumnTotal(3).Value);
        Assert.Equal(239, table.GrandTotal.Value);
        AssertNoLineRecoverable(counts, table);
    }

    [Fact]
    public void Table_TwoZerosInARow_AreNotEnough_BecauseTheirSumIsKnownToBeZero()
    {
        int[,] counts = { { 0, 0, 30 }, { 20, 25, 30 } };

        var table = SmallCellRule.Default.Apply(counts);

        Assert.True(table[0, 0].IsSuppressed);
        Assert.True(table[0, 1].IsSuppressed);
        Assert.True(table[0, 2].IsSuppressed);
        AssertNoLineRecoverable(counts, table);
    }

    [Fact]
    public void Table_ASmallRowTotal_IsSuppressed_AndProtectedInTheTotalsColumn()
    {
        int[,] counts = { { 1, 2 }, { 30, 40 }, { 25, 35 } };

        var table = SmallCellRule.Default.Apply(counts);

        Assert.Equal(SuppressionReason.SmallCell, table.RowTotal(0).Reason);
        Assert.True(table.RowTotal(1).IsSuppressed || table.RowTotal(2).IsSuppressed);
        AssertNoLineRecoverable(counts, table);
    }

    [Fact]
    public void Table_WithoutSmallCounts_ShowsEverything()
    {
        int[,] counts = { { 10, 20 }, { 30, 40 } };

        var table = SmallCellRule.Default.Apply(counts);

        Assert.False(table.HasComplementarySuppression);
        Assert.Equal(40, table[1, 1].Value);
        Assert.Equal(40, table.ColumnTotal(0).Value);
        Assert.Equal(100, table.GrandTotal.Value);
        Assert.Equal("Counts of fewer than 5 people are suppressed.", table.Describe(English));
    }

    [Fact]
    public void Table_Describe_MentionsTheComplementarySuppression()
    {
        var table = SmallCellRule.Default.Apply(new[,] { { 2, 40 }, { 30, 40 } });

        Assert.Equal(
            "Counts of fewer than 5 people are suppressed. Where a suppressed count could be worked out from a total, other counts are suppressed too.",
            table.Describe(English));
        Assert.Equal(
            "Les effectifs de moins de 5 personnes sont masqués. Lorsqu'un effectif masqué pourrait se déduire d'un total, d'autres effectifs sont masqués aussi.",
            table.Describe(French));
        Assert.Equal("masqué (protège un autre effectif)", table[0, 1].ToString(French));
    }

    [Fact]
    public void Table_WithANegativeCount_IsRefused_NamingTheCell()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => SmallCellRule.Default.Apply(new[,] { { 1, 2 }, { 3, -4 } }));

        Assert.Equal(ResearchCodes.CellNegative, refusal.Code);
        Assert.Equal("A count cannot be negative (row 2, column 2, counted from 1).", refusal.Describe(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Table_WithoutCells_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => SmallCellRule.Default.Apply(new int[0, 3]));

        Assert.Equal(ResearchCodes.TableEmpty, refusal.Code);
    }

    /// <summary>
    /// Checks every row and column (totals included) whose total is shown: its hidden parts are none, or at least two
    /// whose known sum leaves each of them more than one possible value given what their marks say.
    /// </summary>
    internal static void AssertNoLineRecoverable(int[,] counts, DisclosedTable table)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        DisclosedCount At(int r, int c) => r == rows ? (c == columns ? table.GrandTotal : table.ColumnTotal(c)) : c == columns ? table.RowTotal(r) : table[r, c];
        long Raw(int r, int c)
        {
            long sum = 0;
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    sum += (r == rows || r == i) && (c == columns || c == j) ? counts[i, j] : 0;
                }
            }

            return sum;
        }

        for (var line = 0; line <= rows + columns + 1; line++)
        {
            var isRow = line <= rows;
            var index = isRow ? line : line - rows - 1;
            var length = isRow ? columns : rows;
            var total = isRow ? At(index, columns) : At(rows, index);
            if (total.IsSuppressed)
            {
                continue;
            }

            Assert.Equal((int?)(isRow ? Raw(index, columns) : Raw(rows, index)), total.Value);

            int small = 0, other = 0;
            long hidden = 0;
            for (var i = 0; i < length; i++)
            {
                var (r, c) = isRow ? (index, i) : (i, index);
                var cell = At(r, c);
                Assert.Equal(cell.IsSuppressed ? null : (int?)Raw(r, c), cell.Value);
                if (cell.IsSuppressed)
                {
                    hidden += Raw(r, c);
                    small += cell.Reason == SuppressionReason.SmallCell ? 1 : 0;
                    other += cell.Reason == SuppressionReason.Complementary ? 1 : 0;
                }
            }

            var threshold = table.Rule.Threshold;
            var safe = small + other == 0
                || (small + other >= 2 && hidden > (long)threshold * other && (other > 0 || hidden < (long)(threshold - 1) * small));
            Assert.True(safe, $"{(isRow ? "row" : "column")} {index}: {small} small and {other} complementary hidden counts summing to {hidden}");
        }
    }
}

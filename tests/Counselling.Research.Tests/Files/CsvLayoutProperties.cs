using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Counselling.Research.Files;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Counselling.Research.Tests.Files;

/// <summary>The CSV reader finds each cell inside its record's text, whatever the order of the columns, the columns it does not know, the spaces around cells and the quoted cells.</summary>
public sealed class CsvLayoutProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Csv_ColumnsInAnyOrder_WithUnknownOnesAndSpaces_ReadAsInTheWriterOrder(RowCase c)
    {
        var written = CohortFiles.Csv([c.Row, RowCase.Build(c.Draw ^ 0x5a5a)]);
        var expected = CohortFiles.ReadCsv(written);
        var records = Records(written);
        var random = new Random(c.Draw);

        // Every column in a drawn order, one or two unknown columns among them (quoted, with commas and quotes), and
        // spaces around the cells that are not quoted (a quoted cell must start with its quote).
        var order = Enumerable.Range(0, records[0].Count).OrderBy(_ => random.Next()).ToList();
        var unknown = random.Next(1, 3);
        for (var u = 0; u < unknown; u++)
        {
            order.Insert(random.Next(order.Count + 1), -1 - u);
        }

        string Cell(List<string> record, int column, int line)
            => column < 0 ? (line == 0 ? "extra" + (-column) : "\"x, \"\"y\"\"\"") : Pad(record[column], random);
        var text = new StringBuilder();
        for (var line = 0; line < records.Count; line++)
        {
            text.AppendJoin(',', order.Select(column => Cell(records[line], column, line))).Append('\n');
        }

        var read = CohortFiles.ReadCsv(text.ToString());
        return read.Count == expected.Count
            && read.Zip(expected).All(p => p.First.Line == p.Second.Line && p.First.Problem == p.Second.Problem && p.First.Row == p.Second.Row);
    }

    private static string Pad(string cell, Random random)
        => cell.StartsWith('"') ? cell : new string(' ', random.Next(3)) + cell + new string(' ', random.Next(3));

    /// <summary>Cuts a CSV text into its records' raw cells (quotes kept), header first.</summary>
    private static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>> { new() };
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var ch in csv)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }

            if (!quoted && ch is ',' or '\n')
            {
                records[^1].Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                if (ch == '\n')
                {
                    records.Add([]);
                }

                continue;
            }

            cell.Append(ch);
        }

        records.RemoveAll(r => r.Count == 0);
        return records;
    }
}

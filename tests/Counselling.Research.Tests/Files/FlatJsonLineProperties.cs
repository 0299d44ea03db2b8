using System;
using System.Linq;
using System.Text;
using Counselling.Research.Files;
using Counselling.Research.Files.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Research.Tests.Files;

public sealed class FlatJsonLineProperties
{
    private static readonly string[] Plain = ["A-1", "dossier 7", "x,y", "  spaced  ", ""];

    /// <summary>Bytes a mutation inserts: JSON's own punctuation, escapes, spaces, digits, signs, letters and a byte past ASCII.</summary>
    private static readonly byte[][] Inserts =
        [.. new[] { "{", "}", "[", "]", "\"", "\\", "\\u0041", ",", ":", " ", "\t", "\r", "0", "1", "-", ".", "e", "t", "n", "é", "/*x*/", "\u007f", "\u0001" }.Select(Encoding.UTF8.GetBytes)];

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool JsonLine_AnyLine_IsCutAsTheGeneralReaderCutsIt_OrNamesTheSameProblem(RowCase c)
    {
        var random = new Random(c.Draw);
        var row = random.Next(2) == 0 ? c.Row : c.Row with { CaseId = Plain[random.Next(4)], ClientId = null, Note = random.Next(2) == 0 ? null : Plain[random.Next(Plain.Length)] };
        var line = CohortFiles.JsonLines([row]).AsSpan().TrimEnd((byte)'\n').ToArray().ToList();
        for (var m = random.Next(4) == 0 ? 0 : random.Next(1, 4); m > 0; m--)
        {
            var at = random.Next(line.Count + 1);
            switch (random.Next(4))
            {
                case 0 when at < line.Count:
                    line.RemoveAt(at);
                    break;
                case 1:
                    // A property moved to another place, so that the names come out of the file's order.
                    var text = Encoding.UTF8.GetString([.. line]);
                    var parts = text.Split(",\"");
                    if (parts.Length > 3)
                    {
                        var i = random.Next(1, parts.Length - 1);
                        (parts[i], parts[i + 1]) = (parts[i + 1], parts[i]);
                        line = [.. Encoding.UTF8.GetBytes(string.Join(",\"", parts))];
                    }

                    break;
                default:
                    line.InsertRange(Math.Min(at, line.Count), Inserts[random.Next(Inserts.Length)]);
                    break;
            }
        }

        var bytes = line.ToArray();
        var fast = new FieldBuffer();
        var general = new FieldBuffer();
        var cut = FlatJsonLine.TryCut(bytes, fast);
        var problem = JsonLinesCohortReader.ParseGeneral(bytes, general, 7);

        // Cut by the plain pass: the general reader finds no problem and the same cells. Not cut: the general reader decides.
        return !cut || (problem is null && Enumerable.Range(0, CohortColumns.All.Count).All(i => fast[i].SequenceEqual(general[i])));
    }

    /// <summary>What a mutation does at the end of a key: the bytes around its closing quote and colon, or the key renamed.</summary>
    private static readonly string[] KeyEnds = ["x\":", "\"\t:", "\" :", "\": ", "\"", ":", "\\\"\":", "\":\"", "é\":"];

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool JsonLine_KeysChangedAtTheirEnd_AreCutAsTheGeneralReaderCutsThem_OrNamesTheSameProblem(RowCase c)
    {
        // The plain pass finds the key it expects next by its name, closing quote and colon together: keys that only
        // start like it (longer, shorter, escaped, spaced, out of order, repeated) must come out as the general reader reads them.
        var random = new Random(c.Draw);
        var text = Encoding.UTF8.GetString(CohortFiles.JsonLines([c.Row]).AsSpan().TrimEnd((byte)'\n'));
        var keys = Enumerable.Range(0, text.Length).Where(i => text.AsSpan(i).StartsWith("\":")).ToList();
        for (var m = random.Next(1, 4); m > 0 && keys.Count > 0; m--)
        {
            var at = keys[random.Next(keys.Count)];
            var start = text.LastIndexOf('"', at - 1) + 1;
            var name = CohortColumns.All[random.Next(CohortColumns.All.Count)];
            text = random.Next(4) switch
            {
                // The end of the key changed: a letter more or less, an escaped quote, a space, the colon missing.
                0 => text[..at] + KeyEnds[random.Next(KeyEnds.Length)] + text[(at + 2)..],
                1 when at - start > 1 => text[..(at - 1)] + text[at..],

                // The key renamed to another column's name: out of the writers' order, or the same key twice.
                2 => text[..start] + name + text[at..],
                _ => text[..start] + name[..random.Next(1, name.Length)] + text[at..],
            };
            keys = [.. Enumerable.Range(0, text.Length).Where(i => text.AsSpan(i).StartsWith("\":"))];
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var fast = new FieldBuffer();
        var general = new FieldBuffer();
        var cut = FlatJsonLine.TryCut(bytes, fast);
        var problem = JsonLinesCohortReader.ParseGeneral(bytes, general, 7);
        return !cut || (problem is null && Enumerable.Range(0, CohortColumns.All.Count).All(i => fast[i].SequenceEqual(general[i])));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool JsonLine_KeysLeftOut_AreCutAsTheGeneralReaderCutsThem(RowCase c)
    {
        // The plain pass tries the few keys after the one it expects by their bytes (columns a line leaves out): lines with
        // one to six properties taken out, next to each other or apart, must come out as the general reader reads them.
        var random = new Random(c.Draw);
        var text = Encoding.UTF8.GetString(CohortFiles.JsonLines([c.Row]).AsSpan().TrimEnd((byte)'\n'));

        // A quote inside a string is escaped, so a comma followed by a quote only ever starts the next property.
        var properties = text[1..^1].Split(",\"").ToList();
        for (var m = random.Next(1, 7); m > 0 && properties.Count > 1; m--)
        {
            properties.RemoveAt(random.Next(1, properties.Count));
        }

        var bytes = Encoding.UTF8.GetBytes("{" + string.Join(",\"", properties) + "}");
        var fast = new FieldBuffer();
        var general = new FieldBuffer();
        var cut = FlatJsonLine.TryCut(bytes, fast);
        var problem = JsonLinesCohortReader.ParseGeneral(bytes, general, 7);
        return !cut || (problem is null && Enumerable.Range(0, CohortColumns.All.Count).All(i => fast[i].SequenceEqual(general[i])));
    }

    [Fact]
    public void JsonLine_TextNotInUtf8_IsABadRecordOnItsField()
    {
        var bytes = "{\"case_id\":\"A\",\"programme\":\"p\",\"opened_on\":\"2025-01-01\",\"note\":\"caf\u00e9\"}\n"u8.ToArray();
        var bad = bytes.AsSpan().IndexOf((byte)0xA9);
        bytes[bad] = (byte)'e';

        var entry = Assert.Single(CohortFiles.ReadJsonLines(bytes));

        Assert.Equal(new CohortProblem(1, CohortColumns.Note, CohortFileCodes.JsonInvalid), entry.Problem);
    }

    [Fact]
    public void JsonLine_AsCounselWritesIt_IsCutInThePlainPass()
    {
        var row = RowCase.Build(3) with { CaseId = "C0000001", ClientId = "P1", Note = "x,y" };
        var bytes = CohortFiles.JsonLines([row]).AsSpan().TrimEnd((byte)'\n');
        var cells = new FieldBuffer();

        Assert.True(FlatJsonLine.TryCut(bytes, cells));
        Assert.Equal("C0000001", cells[CohortColumns.IndexOf(CohortColumns.CaseId)].ToString());
        Assert.Equal("x,y", cells[CohortColumns.IndexOf(CohortColumns.Note)].ToString());
    }

    [Fact]
    public void JsonLine_WithEscapesAndAccents_IsCutInThePlainPass_AsTheGeneralReaderCutsIt()
    {
        var row = RowCase.Build(5) with { CaseId = "C1", Note = "Zoë, \"la\" cliente\nsaid / \\ \u00e9" };
        var bytes = CohortFiles.JsonLines([row]).AsSpan().TrimEnd((byte)'\n');
        var cells = new FieldBuffer();
        var general = new FieldBuffer();

        Assert.True(FlatJsonLine.TryCut(bytes, cells));
        Assert.Null(JsonLinesCohortReader.ParseGeneral(bytes, general, 1));
        Assert.Equal(general[CohortColumns.IndexOf(CohortColumns.Note)].ToString(), cells[CohortColumns.IndexOf(CohortColumns.Note)].ToString());
        Assert.Equal(row.Note, cells[CohortColumns.IndexOf(CohortColumns.Note)].ToString());
    }
}

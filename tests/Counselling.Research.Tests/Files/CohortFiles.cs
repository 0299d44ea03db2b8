using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Counselling.Research.Files;

namespace Counselling.Research.Tests.Files;

/// <summary>Writes and reads cohort files in memory.</summary>
internal static class CohortFiles
{
    public static string Csv(IEnumerable<CohortRow> rows)
    {
        using var text = new StringWriter();
        using (var writer = CohortWriter.Csv(text))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }
        }

        return text.ToString();
    }

    public static byte[] JsonLines(IEnumerable<CohortRow> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CohortWriter.JsonLines(stream))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }
        }

        return stream.ToArray();
    }

    public static List<CohortEntry> ReadCsv(string csv)
    {
        using var reader = CohortReader.Csv(new StringReader(csv));
        return [.. reader.ReadAll()];
    }

    public static List<CohortEntry> ReadJsonLines(byte[] bytes)
    {
        using var reader = CohortReader.JsonLines(new MemoryStream(bytes));
        return [.. reader.ReadAll()];
    }

    public static List<CohortEntry> ReadJsonLines(string text) => ReadJsonLines(Encoding.UTF8.GetBytes(text));

    public static string Header => string.Join(',', CohortColumns.All);
}

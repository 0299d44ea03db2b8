using System;
using Counselling.Research.Files.Reading;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Counselling.Research.Tests.Files;

/// <summary>ISO dates read and written by hand as NodaTime's ISO pattern reads and writes them.</summary>
public sealed class IsoDatesProperties
{
    /// <summary>Texts near a date: digits, dashes, signs, spaces and letters put in, taken out or changed.</summary>
    private static readonly string[] Inserts = ["-", "0", "1", "9", " ", "+", "x", "T", "00", "31", "02", "29", "13"];

    [Property(MaxTest = 2000)]
    public bool Format_AnyDate_IsTheIsoPatternsText(int draw)
    {
        var random = new Random(draw);
        var date = new LocalDate(random.Next(3) == 0 ? random.Next(-9998, 10000) : random.Next(1899, 2101), random.Next(1, 13), 1).PlusDays(random.Next(31));
        return IsoDates.Format(date) == LocalDatePattern.Iso.Format(date);
    }

    [Property(MaxTest = 2000)]
    public bool TryParse_AnyText_ReadsAsTheIsoPattern(int draw)
    {
        var random = new Random(draw);
        var date = new LocalDate(random.Next(3) == 0 ? random.Next(0, 10000) : random.Next(1899, 2101), random.Next(1, 13), 1).PlusDays(random.Next(31));
        var text = LocalDatePattern.Iso.Format(date);
        for (var m = random.Next(3); m > 0; m--)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(3) switch
            {
                0 when at < text.Length => text.Remove(at, 1),
                1 when at < text.Length => text.Remove(at, 1).Insert(at, Inserts[random.Next(Inserts.Length)][..1]),
                _ => text.Insert(at, Inserts[random.Next(Inserts.Length)]),
            };
        }

        var expected = LocalDatePattern.Iso.Parse(text);
        var read = IsoDates.TryParse(text, out var parsed);
        return read == expected.Success && (!read || parsed == expected.Value);
    }
}
